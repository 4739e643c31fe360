# min(), max() and sum() with keys, defaults and start values
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3]))
print(min([], default="empty"), max([], default=None), min([5], default=0), max((), default=-1))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([-5, 3, -9], key=abs))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([(1, "b"), (1, "a")]), max({"a": 3, "b": 9}, key=lambda k: -ord(k)))
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0), min(0.0, -0.0), max([2, 2.0]), max([2.0, 2]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1, 0.2, 0.3]), sum(range(1, 101)), sum([True, True]))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()), sum([1.5, 2], start=1))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([2 ** 64, 2 ** 64]), sum([1, 2.0]), sum([-1, -2]))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: sum(["a"]), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
