# repr() of builtin values and containers
values = [0, -1, 2 ** 65, 0.1, -0.0, 1e16, 1e-7, float("inf"), float("nan"), True, None, "", "x", "it's", 'a"b',
          "\\", "\n", [], [1, "a"], (), (1,), (1, 2), {}, {"a": [1]}, set(), {1}, frozenset({2}), range(3), range(1, 5, 2),
          [[[]]], ({},), slice(1, 2), ValueError("v"), KeyError("k")]
for v in values:
    print(repr(v))
print(repr(repr("q")), repr(str(5)))
print(repr([1.0, 2.50, 3e20]), repr({"k": (1.5, "v")}), repr([None, True, False]))
print(repr(int), repr(str), repr(ValueError), repr(type(None)))
