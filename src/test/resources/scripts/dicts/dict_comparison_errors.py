# Dict equality and unsupported operations
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0}, {1: 1} == {True: True})
try:
    print(a < b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a + b)
except TypeError as e:
    print("TypeError:", e)
try:
    a[["list"]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print(a["z"])
except KeyError as e:
    print("KeyError:", e)
try:
    print({}[(1, 2)])
except KeyError as e:
    print("KeyError:", e)
try:
    print({}[""])
except KeyError as e:
    print("KeyError:", repr(str(e)))
try:
    a.update(5)
except TypeError as e:
    print("TypeError:", e)
print(len(a), sorted(a), list(a.items())[0])
