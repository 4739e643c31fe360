# A shape hierarchy with area()/perimeter(), sorting by area and comparisons
import math


class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()

    __hash__ = None

    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f}, perimeter={self.perimeter():.2f})"


class Rectangle(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"Rectangle({self.w}, {self.h})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle({self.r})"


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def __repr__(self):
        return "Triangle" + repr(self.sides)


class Blob(Shape):
    pass


shapes = [Rectangle(3, 4), Circle(1), Square(2), Triangle(3, 4, 5), Circle(2.5), Square(3)]
for s in shapes:
    print(s)
print(sorted(shapes))
print(min(shapes), max(shapes))
print(sorted(shapes, key=lambda s: s.perimeter(), reverse=True))
print(Rectangle(2, 8) == Square(4), Rectangle(2, 8) == 16)
print(sum(s.area() for s in shapes if isinstance(s, Rectangle)))
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 3))
print(by_kind)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    {Square(1)}
except TypeError as e:
    print("TypeError:", e)
