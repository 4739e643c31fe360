# ImportError / ModuleNotFoundError caught; path-free details printed
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)

try:
    from _helpers import nope
except ImportError as e:
    print(type(e).__name__, e.name)

try:
    from _helpers import greet, missing_thing
except ImportError as e:
    # names before the failing one are already bound
    print(type(e).__name__, e.name, greet("partial"))

try:
    import pkg_shapes.nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)

try:
    from nosuchpkg.sub import x
except ImportError as e:
    print(type(e).__name__, e.name, isinstance(e, ModuleNotFoundError))

print(issubclass(ModuleNotFoundError, ImportError))
import _helpers
print(_helpers.greet("still works"))
