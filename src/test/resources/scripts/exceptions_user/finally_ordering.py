# finally ordering with return, break and continue in try and finally
log = []


def f1():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


print(f1(), log)


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


print(f2())


def f3():
    x = 1
    try:
        return x
    finally:
        x = 99  # does not change the returned value
        print("  f3 finally, x =", x)


print(f3())


def f4():
    try:
        raise ValueError("swallowed")
    finally:
        return "return in finally swallows the exception"


print(f4())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

i = 0
while True:
    i += 1
    try:
        try:
            if i == 2:
                raise KeyError(i)
            if i == 4:
                break
        finally:
            print("inner finally", i)
    except KeyError as e:
        print("caught", e)
        continue
    finally:
        print("outer finally", i)
print("i =", i)


def nested():
    for j in range(3):
        try:
            try:
                return f"returned at {j}"
            finally:
                print("  inner finally", j)
        finally:
            print("  outer finally", j)


print(nested())


def loop_finally_break():
    for k in range(3):
        try:
            raise RuntimeError(k)
        finally:
            break
    return "break in finally discarded the exception"


print(loop_finally_break())
