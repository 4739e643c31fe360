# A Vector2D value class with operators, hashing, equality and iteration
import math


class Vector2D:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector2D({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, o):
        return Vector2D(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector2D(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector2D):
            return self.x * k.x + self.y * k.y
        return Vector2D(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector2D(self.x / k, self.y / k)

    def __neg__(self):
        return Vector2D(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vector2D) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        return iter((self.x, self.y))

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def normalized(self):
        n = abs(self)
        return self / n

    def rotated90(self):
        return Vector2D(-self.y, self.x)


a = Vector2D(3, 4)
b = Vector2D(1, -2)
print(a, repr(b))
print(a + b, a - b, a * 2, 2 * a, a * b)
print(-a, abs(a), a / 2)
print(a.normalized(), a.rotated90(), a.rotated90().rotated90())
print(bool(Vector2D()), bool(b))
print(a == Vector2D(3, 4), a != b, a == (3, 4))
x, y = a
print(x, y, a[0], a[-1], list(b), tuple(a))
print(len({a, Vector2D(3, 4), b}))
path = [Vector2D(0, 0), Vector2D(3, 4), Vector2D(3, 0), Vector2D(0, 0)]
length = sum(abs(q - p) for p, q in zip(path, path[1:]))
print(length)
centroid = sum(path[:3], Vector2D()) / 3
print(centroid)
print(max(path, key=abs), sorted(path, key=lambda v: (v.x, v.y)))
print(f"{a} and {b!r}")
