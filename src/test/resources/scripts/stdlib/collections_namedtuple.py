# namedtuple: fields by name and by index, unpacking, ordering, _replace, _asdict
from collections import namedtuple
import json

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p[1], len(p), list(p), p == (3, 4), (3, 4) == p)
x, y = p
print(x * y, p._fields, Point._fields, Point.__name__)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]))
Card = namedtuple("Card", ["rank", "suit"])
hand = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(14, "d")]
print(sorted(hand), max(hand), sorted(hand, key=lambda c: c.suit)[0])
Emp = namedtuple("Emp", "name, dept, salary", defaults=[0])
staff = [Emp("ann", "eng", 120), Emp("bob", "ops"), Emp(name="cy", dept="eng", salary=90)]
print(staff[1], {e.name: e.salary for e in staff}, sum(e.salary for e in staff))
print(hash(p) == hash((3, 4)), {p: "here"}[Point(3, 4)], p in [Point(3, 4)])
print(json.dumps({"pt": p, "staff": staff[:1]}))
Rect = namedtuple("Rect", "w h")
r = Rect(w=2, h=5)
print(r, r.w * r.h, r[:1], r + (1,), r.count(2), r.index(5))
try:
    r.w = 3
except AttributeError as e:
    print("AttributeError:", e)
