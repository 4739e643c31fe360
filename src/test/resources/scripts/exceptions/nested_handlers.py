# Nested try statements and re-raising through levels
def level3(x):
    return {"a": 1}[x]

def level2(x):
    try:
        return level3(x)
    except KeyError:
        print("level2 saw KeyError, re-raising as LookupError")
        raise LookupError("wrapped " + repr(x))

def level1(x):
    try:
        return level2(x)
    except LookupError as e:
        print("level1 caught:", type(e).__name__, e)
        return -1

print(level1("a"))
print(level1("b"))
results = []
for data in ["10", "0", "x", None]:
    try:
        try:
            n = int(data)
            results.append(100 // n)
        except ZeroDivisionError:
            results.append("div0")
            raise
    except ZeroDivisionError:
        results.append("outer div0")
    except (ValueError, TypeError) as e:
        results.append(type(e).__name__)
print(results)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as inner:
            print("inner handler:", inner)
        print("back in first handler")
        raise
except ValueError as e:
    print("outer got:", e)
