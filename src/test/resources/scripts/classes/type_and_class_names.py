# type(x), type(x).__name__, __class__, class objects as values
class Shape:
    pass


class Square(Shape):
    pass


s = Square()
print(type(s).__name__, s.__class__.__name__)
print(type(s) is Square, type(s) == Shape, s.__class__ is Square)
print(type(s))
print(Square, Shape)
print(repr(Square))
print(type(Square).__name__, type(type(s)).__name__)
print(Square.__name__, Square.__qualname__, Square.__module__)
print(type(3).__name__, type("x").__name__, type(None).__name__, type([]).__name__)

# create an instance from type(x)
t = type(s)()
print(type(t).__name__)

registry = {cls.__name__: cls for cls in [Shape, Square]}
obj = registry["Square"]()
print(isinstance(obj, Shape), type(obj).__name__)


class Outer:
    class Inner:
        def method(self):
            return type(self).__qualname__


print(Outer.Inner().method(), Outer.Inner.__name__)
print(Square.method if hasattr(Square, "method") else "no method")


def kind(x):
    return x.__class__.__name__.lower()


print([kind(v) for v in [1, 2.0, "s", s, Shape(), True, None, (), {}]])
print(type(s.__init__).__name__ in ("method", "method-wrapper"))
print(Outer.Inner.method.__qualname__, Square.__init__ is object.__init__)
