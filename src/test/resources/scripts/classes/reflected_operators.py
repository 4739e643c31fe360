# Reflected operators: __radd__, __rmul__, __rsub__ and when they are used
class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}m"

    def __add__(self, other):
        print(f"  __add__({self}, {other!r})")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__({self}, {other!r})")
        return self.__add__(other)

    def __mul__(self, k):
        return Meters(self.v * k)

    def __rmul__(self, k):
        print(f"  __rmul__({self}, {k!r})")
        return Meters(self.v * k)

    def __rsub__(self, other):
        return Meters(other - self.v)


print(Meters(2) + 3)
print(3 + Meters(2))
print(Meters(1) + Meters(4))
print(2.5 * Meters(2))
print(10 - Meters(4))
print(sum([Meters(1), Meters(2), Meters(3)]))


class Left:
    def __add__(self, other):
        return "Left.__add__"


class Right:
    def __radd__(self, other):
        return "Right.__radd__"


print(Left() + Right())


class LeftNI:
    def __add__(self, other):
        return NotImplemented


print(LeftNI() + Right())


# subclass reflected method takes priority over base forward method
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"


print(Base() + Sub(), Sub() + Base())
