# raise X from Y sets __cause__; raise X from None suppresses context
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e


try:
    load("x1")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ConfigError(f"missing {k}") from None


try:
    lookup({}, "port")
except ConfigError as e:
    print("error:", e)
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

# from an unrelated, not-currently-handled exception
origin = OSError("disk")
try:
    raise ConfigError("wrapped") from origin
except ConfigError as e:
    print(e.__cause__ is origin, e.__context__, e.__suppress_context__)

# explicit cause can be a class: it is instantiated
try:
    raise ConfigError("cls cause") from KeyError
except ConfigError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))

# fresh exceptions have no chaining
f = ConfigError("fresh")
print(f.__cause__, f.__context__, f.__suppress_context__)
try:
    raise ValueError("v") from 5
except TypeError as e:
    print("TypeError:", e)
