# json encoding errors: unserializable objects, bad keys, circular references, NaN
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

tests = [
    lambda: json.dumps({1, 2}),
    lambda: json.dumps({"p": Point(1, 2)}),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps({"a": float("inf")}, allow_nan=False),
    lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps([Point(0, 1)], default=lambda o: [o.x, o.y]))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
try:
    json.dumps({"when": {3: object()}}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
