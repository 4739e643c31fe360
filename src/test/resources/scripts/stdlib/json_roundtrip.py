# Round trips through dumps and loads keep values and order
import json

records = [
    {"id": i, "name": f"item{i}", "price": round(i * 1.1, 2), "tags": ["t%d" % j for j in range(i % 3)]}
    for i in range(5)
]
text = json.dumps(records)
print(text)
back = json.loads(text)
print(back == records, [r["name"] for r in back])
pretty = json.dumps({"records": records[:2], "count": 2}, indent=2, sort_keys=True)
print(pretty)
print(json.loads(pretty)["records"][1]["price"])
print(json.dumps(json.loads('{"z": 1, "a": [true, null, "\\u2603"]}')))
print(json.dumps(json.loads('{"z": 1, "a": [true, null, "\\u2603"]}'), ensure_ascii=False))
