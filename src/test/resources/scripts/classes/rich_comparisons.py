# Rich comparison dunders, reflection, and __ne__ derived from __eq__
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        print(f"  lt({self}, {other})")
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        print(f"  gt({self}, {other})")
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts


a = Version("1.2.0")
b = Version("1.10")
c = Version("1.2.0")
print(a == c, a != c, a == b, a != b)
print(a < b)
print(a > b)
print(a <= c, a >= b)
print(a == "1.2.0", a != "1.2.0")
print(a == 5, 5 == a)


class OnlyLt:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return f"L{self.n}"


x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y < x)
# reflected: y > x becomes x < y
print(y > x, x > y)
print(x == x, x == OnlyLt(1), x != OnlyLt(1))

# chained comparisons call each method once
print(Version("1") < Version("2") < Version("3"))
