# len() and the basic type constructors
print(len(""), len("abc"), len("é😀"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1}),
      len(set()), len({1, 2}), len(range(10)), len(range(0, 100, 7)), len({1: 2}.items()))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(int("7"), float("7"), str(7), bool(7), list("ab"), tuple("ab"), dict(a=1), set([1, 1, 2]))
print(list(range(3)), list((1, 2)), list({"x": 1}), list({5, 6}), list(dict(a=1).items()))
print(tuple([1, 2]), tuple(range(2)), tuple({"k": "v"}.values()))
print(str(1.0), str([1, "1"]), str((1,)), str(None), str(True), str(-0.0), str(1e100))
print(bool(" "), bool(0), bool(range(1)), bool(set()), bool(float("nan")))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("hello")), dict([("a", 1), ("b", 2)]))
print(type(int("5")), type(3.0), type("s"), type(None), type([]), type(()), type({}), type(set()), type(range(1)), type(True))
for bad in [5, 3.5, None]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(5)
except TypeError as e:
    print("TypeError:", e)
