# keys(), values(), items() views are live and support set operations
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), len(it))
d["d"] = 4
print(k, v, it)
print("a" in k, 4 in v, ("a", 1) in it, ("a", 2) in it)
print(sorted(k & {"a", "c", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(sorted(it & {("a", 1), ("b", 5)}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sum(v), max(v), sorted(v, reverse=True))
for key, value in d.items():
    print(key, value)
print({1: 2}.keys() == {1: 3}.keys(), list({1: "x"}.values()) == ["x"])
try:
    for key in d:
        if key == "a":
            d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
