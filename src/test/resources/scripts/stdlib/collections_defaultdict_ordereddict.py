# defaultdict supplies missing values; OrderedDict moves entries around
from collections import defaultdict, OrderedDict
import json

groups = defaultdict(list)
for name in ["ann", "bob", "amy", "cal", "bea", "al"]:
    groups[name[0]].append(name)
print(groups)
print(dict(groups), sorted(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict()
for key in "bca":
    od[key] = ord(key)
print(od, list(od.keys()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(json.dumps({"groups": groups, "counts": counts}, sort_keys=True))
