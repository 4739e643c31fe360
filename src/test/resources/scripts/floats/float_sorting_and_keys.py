# Sorting floats, using floats as dict keys, and float/int equality in containers
vals = [3.5, -1.25, 2, 0.0, -0.0, 1e-3, 1e3, -7, 2.0, 0.1 + 0.2, 0.3]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted(vals, key=abs))
d = {}
for v in [1, 1.0, 2.5, 2, 2.0, -0.0, 0, 0.0]:
    d[v] = d.get(v, 0) + 1
print(d)
print({0.5: "half", 1.0: "one"}[1], {1: "int"}.get(1.0), {1.5: 1}.get(1.5000000000000002, "missing"))
print([1, 2.0, 3].index(2), (1.0, 2.0).count(1), 3 in [3.0], 0.3 in [0.1 + 0.2])
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
print(sum(sorted([1e16, 1.0, -1e16])), sum([1e16, 1.0, -1e16]), sum([1.0, 1e16, -1e16]))
print(list(map(float, ["1", "2.5", "-3e2"])))
print([int(x) for x in [2.9, -2.9, 1e3, -0.5]])
