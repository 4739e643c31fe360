# User exception classes inheriting Exception, ValueError and each other
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class ParseError(ValueError):
    pass


class MissingKey(ConfigError):
    pass


def check(kind):
    if kind == 1:
        raise AppError("generic failure")
    if kind == 2:
        raise ConfigError("bad config")
    if kind == 3:
        raise ParseError("bad number")
    if kind == 4:
        raise MissingKey("no 'host'")
    return "fine"


for k in range(5):
    try:
        print(k, check(k))
    except ConfigError as e:
        print(k, "ConfigError branch:", type(e).__name__, e)
    except AppError as e:
        print(k, "AppError branch:", type(e).__name__, e)
    except ValueError as e:
        print(k, "ValueError branch:", type(e).__name__, e)

print(issubclass(MissingKey, AppError), issubclass(ParseError, Exception))
print(issubclass(ParseError, AppError), issubclass(AppError, BaseException))
print([c.__name__ for c in MissingKey.__mro__])
print(isinstance(ParseError("x"), ValueError))
try:
    int("abc")
except ParseError:
    print("not reached")
except ValueError as e:
    print("builtin ValueError not caught by subclass handler:", e)
