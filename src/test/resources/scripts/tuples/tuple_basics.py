# Tuple construction, indexing, count, index, comparison
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:4], t[::-1], t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, 2, 4))
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({"a": 1}))
single = 5,
print(single, type(single).__name__, len(single))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") < (1, "b"), () < (0,), (1, 2) == (1, 2))
print((1, 2) == [1, 2], (1, 2.0) == (1.0, 2), (None,) == (None,))
print(3 in t, 9 not in t, (1, 2) in [(1, 2), (3, 4)])
print(min(t), max(t), sum(t), sorted(t), list(reversed(t)))
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(tuple()))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0] + nested[1][1])
x = ([1, 2], "s")
x[0].append(3)
print(x)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
