# Insertion order is preserved; deletion and reinsertion move keys to the end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d))
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
print(list(d.keys())[0], list(d.values())[-1])
print(dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))
print({k: d[k] for k in reversed(d)}, list(reversed(d.items())))
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), min(e), max(e, key=lambda k: e[k]))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
items = list(e.items())
items.sort()
print(items)
f = dict.fromkeys([5, 3, 5, 1, 3])
print(f, list(f))
