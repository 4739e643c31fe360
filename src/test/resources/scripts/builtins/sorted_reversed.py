# sorted() and reversed()
print(sorted([5, 2, 9, 1]), sorted("python"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(range(3), reverse=True))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A"], key=str.upper, reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]))
print(sorted([]), sorted([1]), sorted([1.5, -1, 0, True]))
words = ["cc", "a", "bb", "aa", "c", "b"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
original = [3, 1, 2]
new = sorted(original)
print(original, new, original is new)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print("TypeError:", e)
