# import a helper module and use its attributes, functions and classes
import _helpers

print(_helpers.PI, _helpers.greet("ann"))
print(_helpers.__name__, type(_helpers).__name__)
print(_helpers.bump(), _helpers.bump(5), _helpers.counter)
print(_helpers.circle_area(2))
g = _helpers.Greeter("bob")
print(g, g.greet(), type(g).__name__, type(g).__module__)
print(isinstance(g, _helpers.Greeter))
print(_helpers.math.sqrt(16))
_helpers.Greeter.prefix = "hey"
print(g.greet())
_helpers.PI = 3
print(_helpers.PI)
print(hasattr(_helpers, "greet"), hasattr(_helpers, "nothing"))
print(getattr(_helpers, "counter"), getattr(_helpers, "missing", "default"))
setattr(_helpers, "added", 99)
print(_helpers.added)
print(__name__)
print(sorted(n for n in dir(_helpers) if not n.startswith("__")))
try:
    _helpers.nope
except AttributeError as e:
    print("AttributeError:", e)
