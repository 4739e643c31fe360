# bare except: catches everything including user exceptions; order matters
class Custom(Exception):
    pass


def run(f):
    try:
        f()
        return "ok"
    except:
        return "caught by bare except"


print(run(lambda: 1 / 0))
print(run(lambda: [][1]))
print(run(lambda: None))


def raise_custom():
    raise Custom("boom")


print(run(raise_custom))

try:
    raise Custom("specific")
except Custom as e:
    print("specific first:", e)
except:
    print("not reached")

count = 0
for i in range(4):
    try:
        if i % 2:
            raise Custom(i)
        count += 1
    except:
        count += 10
print(count)

import sys
try:
    raise Custom("info")
except:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
