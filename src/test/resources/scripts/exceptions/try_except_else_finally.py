# Flow through try / except / else / finally
def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
        log.append("computed")
    except ZeroDivisionError:
        log.append("except")
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log

print(attempt(2))
print(attempt(0))

def multi(v):
    try:
        if v == 0:
            raise ValueError("zero")
        if v == 1:
            raise KeyError("one")
        if v == 2:
            return [][1]
        if v == 3:
            return int("x")
        return "ok"
    except (ValueError, KeyError) as e:
        return "caught " + type(e).__name__ + ": " + str(e)
    except IndexError as e:
        return "index: " + str(e)

for v in range(5):
    print(v, multi(v))

try:
    pass
except Exception:
    print("no")
else:
    print("else runs when nothing raised")
finally:
    print("finally always runs")

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
