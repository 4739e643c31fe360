# finally interacting with return, break and continue
def ret_in_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(ret_in_finally())

def finally_overrides():
    try:
        return 1
    finally:
        pass

print(finally_overrides())

def side_effect_after_return():
    x = [0]
    try:
        return x
    finally:
        x.append("added in finally")

print(side_effect_after_return())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

def exc_then_finally():
    try:
        raise ValueError("boom")
    except ValueError:
        return "handled"
    finally:
        print("cleanup after handled")

print(exc_then_finally())

def nested():
    out = []
    try:
        try:
            out.append(1)
            raise KeyError("k")
        finally:
            out.append(2)
    except KeyError:
        out.append(3)
    finally:
        out.append(4)
    return out

print(nested())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("while finally", count)
