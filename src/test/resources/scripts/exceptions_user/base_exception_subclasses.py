# BaseException subclasses escape `except Exception`; bare except and BaseException catch them
import sys


class Shutdown(BaseException):
    pass


class Normal(Exception):
    pass


def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f"Exception handler: {type(e).__name__}"
    except BaseException as e:
        return f"BaseException handler: {type(e).__name__}"


print(attempt(Normal("n")))
print(attempt(Shutdown("s")))
print(attempt(KeyboardInterrupt()))
print(attempt(SystemExit(3)))

try:
    sys.exit(7)
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)

try:
    raise Shutdown("bye")
except:
    print("bare except caught Shutdown")
print(issubclass(Shutdown, Exception), issubclass(Shutdown, BaseException))
print(isinstance(GeneratorExit(), Exception), issubclass(KeyboardInterrupt, BaseException))
