# in, del, and iteration
d = {"apple": 3, "banana": 0, "cherry": 7}
print("apple" in d, "grape" in d, 3 in d, 3 in d.values())
del d["banana"]
print(d)
try:
    del d["banana"]
except KeyError as e:
    print("KeyError:", e)
for key in d:
    print(key, d[key])
for key in list(d):
    if d[key] > 5:
        del d[key]
print(d)
d2 = {i: str(i) for i in range(6)}
for i in [0, 2, 4]:
    del d2[i]
print(d2, len(d2))
d2.clear()
print(d2, bool(d2), bool({0: 0}))
keys = {(1, 2): "tuple", 3.5: "float", None: "none", True: "bool", "s": "str"}
for key in [(1, 2), 3.5, None, 1, "s", (2, 1)]:
    print(repr(key), key in keys, keys.get(key))
