# str() and repr() of user exceptions, with and without custom __str__/__repr__
class Plain(Exception):
    pass


class CustomStr(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"


class CustomRepr(Exception):
    def __repr__(self):
        return "CustomRepr<" + ", ".join(map(str, self.args)) + ">"


class Subclass(KeyError):
    pass


for exc in [Plain("simple"), Plain(), Plain("a", "b"), CustomStr("age", -3),
            CustomRepr("x", 1), Subclass("missing"), KeyError("k"), ValueError("v")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc))

print(f"{CustomStr('name', '')}", f"{CustomStr('n', 1)!r}")
print([Plain("in list"), CustomStr("f", 0)])
print("%s" % CustomStr("pct", None))
try:
    raise CustomStr("size", 99)
except Exception as e:
    print("caught:", e, "args:", e.args)
