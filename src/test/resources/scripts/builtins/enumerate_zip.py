# enumerate() and zip()
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
for i, (a, b) in enumerate(zip("xyz", [1, 2, 3])):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "abc")))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, None))
z = zip("ab", "cd")
print(next(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
