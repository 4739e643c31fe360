# Classes and exceptions defined in a helper module used from the main script
import _shapes_lib
from _shapes_lib import Rect, ShapeError, make


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def __repr__(self):
        return f"Square({self.w})"


shapes = [Rect(2, 3), Square(4), make("rect", 1, 1), make("shape"), Rect(-1, 2)]
for s in shapes:
    try:
        print(s, s.area())
    except ShapeError as e:
        print("ShapeError:", e, "|", type(e).__module__, type(e).__qualname__)
print(_shapes_lib.Shape.count)
print(isinstance(shapes[1], _shapes_lib.Shape), issubclass(Square, _shapes_lib.Rect))
print(Rect.__module__, Square.__module__, ShapeError.__module__)
print(Rect, Square)
print(repr(ShapeError("x")), str(ShapeError("y")))
print([type(s).__name__ for s in shapes])
