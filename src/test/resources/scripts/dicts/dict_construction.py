# Ways of building dictionaries
print(dict(), {}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict({"k": 1}, k2=2), dict([("a", 1)], a=2), dict(((1, 2), (3, 4))), dict(["ab", "cd"]))
print({i: i * i for i in range(5)}, {c: ord(c) for c in "hey"})
print({**{"a": 1}, **{"b": 2}, "c": 3}, {**{"a": 1}, "a": 2})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({1: "int", 1.0: "float", True: "bool"})
print({0: "zero", False: "false", 0.0: "float zero"})
print({"": 0, None: 1, (): 2, (1, "a"): 3, -0.5: 4, 2 ** 100: 5})
nested = {"outer": {"inner": {"deep": [1, 2]}}}
print(nested["outer"]["inner"]["deep"][1], nested)
for bad in [[1, 2], [(1, 2, 3)], [[1]]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
