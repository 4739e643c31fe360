# __repr__ and __str__: print, str(), repr(), f-strings, containers use repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"<OnlyRepr {self.v}>"


class OnlyStr:
    def __str__(self):
        return "only-str"


p = Point(1, "a")
print(p)
print(str(p), repr(p))
print(f"{p} {p!r} {p!s}")
print([p, Point(2, 3)])
print((p,), {"k": p}, {1: [p]})
print("%s and %r" % (p, p))
print("{} / {!r}".format(p, p))

o = OnlyRepr(5)
print(o, str(o), f"{o}", [o])

s = OnlyStr()
print(s, f"{s}", str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print(str([s]).startswith("[<__main__.OnlyStr object at"))

print(f"{p!r:>20}|")
print(f"{str(p):*^12}")
print(", ".join(map(str, [p, o])))
print(", ".join(map(repr, [p, o])))
