import json
json.loads('{"a": [1, 2]}')
json.loads('{bad')
print("after the error")
int("x")
