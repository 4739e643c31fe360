# Read-only properties and deleting without a deleter raise AttributeError
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)


class Box:
    def __init__(self):
        self._w = 1

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, v):
        self._w = v


c = Circle(2)
print(c.radius, c.area)
try:
    c.radius = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.area = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.radius
except AttributeError as e:
    print("AttributeError:", e)

b = Box()
b.width = 10
print(b.width)
try:
    del b.width
except AttributeError as e:
    print("AttributeError:", e)
print(b.width)

try:
    setattr(c, "radius", 3)
except AttributeError as e:
    print("setattr:", e)
print(c.radius)
