# str() of many values
values = [0, -5, 2 ** 70, 1.0, 1.5e-10, float("inf"), True, None, "text", [1, "a"], (1,), (), {}, {"a": 1},
          set(), {3, 1, 2}, range(5), range(1, 10, 3), [[], [()]], ("x", ["y", ("z",)])]
for v in values:
    print(str(v), repr(v), type(v).__name__)
print(str(), repr(""), str(str("x")))
print("%s|%r" % ("a", "a"))
nested = [1, [2, [3, [4, []]]]]
print(nested, len(str(nested)))
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
