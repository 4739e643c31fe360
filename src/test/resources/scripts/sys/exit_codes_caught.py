# sys.exit raises SystemExit, which can be caught like any exception
import sys
for arg in [0, 1, 7, "message", None, True, [1, 2]]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", type(e).__name__, repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no argument ->", e.code, e.args)
def work():
    try:
        sys.exit(5)
    finally:
        print("finally runs during sys.exit")
try:
    work()
except SystemExit as e:
    print("caught code", e.code)
try:
    sys.exit(2)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
