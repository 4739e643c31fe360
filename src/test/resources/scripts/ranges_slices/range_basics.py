# range objects: repr, len, indexing, slicing, membership, equality
r = range(10)
print(r, range(1, 10), range(0, 10, 3), range(10, 0, -2), range(0), range(5, 1))
print(list(r), list(range(1, 10, 4)), list(range(10, 0, -3)), list(range(-5, -1)), list(range(3, 3)))
print(len(range(10)), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(5, 1)), len(range(0, 10 ** 18, 3)))
print(r[0], r[-1], r[3], range(0, 100, 7)[-2], range(10, 0, -2)[1])
print(r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 3)[1::2], range(10)[5:1:-1])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, 10 ** 19 in range(0, 10 ** 20, 2))
print(range(0) == range(5, 1), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(1, 5, 2).step, r.index(4), r.count(4), range(0, 10, 2).index(6))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True), list(reversed(range(4))))
print(tuple(range(3)), set(range(4)), bool(range(0)), bool(range(1)))
print(range(10 ** 20)[-1], len(range(-10, 10 ** 18, 10 ** 17)))
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: r[10], lambda: range(3).index(7), lambda: len(range(10 ** 20))]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
