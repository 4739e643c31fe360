# get, setdefault, pop, popitem, update, copy, clear, fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "default"), d)
d.update({"d": 4, "a": 10})
d.update([("e", 5)], f=6)
d.update(g=7)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"], c == d)
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(d.keys(), d.values(), d.items())
print(list(d), list(d.values()), list(d.items()))
print(len(d), "a" in d, 1 in d, "zz" not in d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
