# Exceptions raised in __init__, in properties, and in dunder methods propagate normally
class InvalidPoint(ValueError):
    pass


class Point:
    def __init__(self, x, y):
        if not isinstance(x, (int, float)) or not isinstance(y, (int, float)):
            raise InvalidPoint(f"coordinates must be numbers, got {x!r}, {y!r}")
        self.x = x
        self.y = y

    @property
    def quadrant(self):
        if self.x == 0 or self.y == 0:
            raise ArithmeticError("point on an axis has no quadrant")
        if self.x > 0:
            return 1 if self.y > 0 else 4
        return 2 if self.y > 0 else 3

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __truediv__(self, k):
        return Point(self.x / k, self.y / k)


created = []
for args in [(1, 2), ("a", 2), (-3, 4), (0, 5), (2, None)]:
    try:
        p = Point(*args)
        created.append(p)
        print(args, "quadrant", p.quadrant)
    except InvalidPoint as e:
        print(args, "invalid:", e)
    except ArithmeticError as e:
        print(args, "arith:", e)
print(len(created))

p = created[0]
for action in [lambda: p[2], lambda: p / 0, lambda: p["x"], lambda: p.z]:
    try:
        action()
    except (IndexError, ZeroDivisionError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
