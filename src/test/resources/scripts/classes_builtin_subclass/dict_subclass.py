class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, c["z"], "z" in c, len(c), isinstance(c, dict), type(c).__name__, type(c).__mro__)
print(c.get("z"), c.get("a"), sorted(c), list(c.items()), dict(c), type(dict(c)).__name__)


class DefaultList(dict):
    def __missing__(self, key):
        v = self[key] = []
        return v


d = DefaultList()
d["x"].append(1)
d["x"].append(2)
d["y"].append(3)
print(d, dict.__getitem__(d, "new"), d)


class Upper(dict):
    def __setitem__(self, key, value):
        print("setitem", key)
        super().__setitem__(key.upper(), value)


u = Upper(a=1)
u.update({"b": 2})
u["c"] = 3
dict.__setitem__(u, "d", 4)
print(u, Upper({"x": 1}, y=2))


class Attr(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name

    def __repr__(self):
        return f"Attr({self.name}, {dict.__repr__(self)})"


a = Attr("cfg", debug=True, level=3)
print(a, a.name, a["level"], a.keys(), list(a.values()), a.copy(), type(a.copy()).__name__)
print(a == {"debug": True, "level": 3}, {"debug": True, "level": 3} == a, a | {"z": 0}, type(a | {"z": 0}).__name__)
a |= {"w": 1}
print(a, type(a).__name__)
print({**a}, dict(a, q=1))
del a["w"]
print(a.pop("debug"), a, bool(a), bool(Attr("e")))
for k in a:
    print("key", k)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")


try:
    Raising()["k"]
except LookupError as e:
    print("LookupError:", e)
try:
    Counter()[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError:", e)
try:
    Attr("a")["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    Counter(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Counter().nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Counter()["k"]
except KeyError as e:
    print("KeyError:", e)
r = Raising(a=1)
print(r["a"])
r["b"]
