# json.loads: types, numbers, escapes, hooks
import json

doc = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}, "e": ""}'
obj = json.loads(doc)
print(obj, type(obj["a"][1]).__name__, type(obj["a"][2]).__name__)
print(json.loads("123"), json.loads("-0"), json.loads("-0.0"), json.loads("1E400"), json.loads("  [ ]  "))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"x": 1, "x": 2}'), json.loads("12345678901234567890123"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"b": 1, "a": 2}]', object_pairs_hook=lambda pairs: pairs))
print(json.loads("[1.5, 2]", parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads("[NaN]", parse_constant=lambda s: s.lower()))
text = json.dumps({"list": list(range(5)), "nested": {"deep": [{"x": None}]}}, indent=2)
print(json.loads(text) == {"list": [0, 1, 2, 3, 4], "nested": {"deep": [{"x": None}]}})
print(json.loads('"\\ud800"') == "\ud800", len(json.loads('"\\ud83d\\ude00"')))
