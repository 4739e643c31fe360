# Serializing a set fails with CPython's TypeError
import json
record = {"id": 7, "tags": {"a", "b"}}
print(json.dumps(record["id"]))
print(json.dumps(record))
