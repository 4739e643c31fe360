# json.dumps: separators, indent, sort_keys, ensure_ascii and number formats
import json

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.1, "ok": True, "none": None}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps([1e16, 1.5e-7, 3.0, -0.0, 10**20, float("inf"), float("-inf"), float("nan")]))
print(json.dumps("caf\u00e9 \u2603 \U0001F600 \"quoted\" back\\slash \n\t\x01\x7f"))
print(json.dumps("caf\u00e9 \u2603 \U0001F600 \x1f", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null"}))
print(json.dumps({"b": 1, "a": {"d": 4, "c": 3}}, sort_keys=True))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(None), json.dumps(False), json.dumps(123))
print(json.dumps({"k": [1, 2]}, indent=4, separators=(",", " = ")))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps([], indent=2), json.dumps({}, indent=2))
