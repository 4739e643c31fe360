# hash() of ints, floats, bools and tuples of them is deterministic
for v in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, True, False]:
    print(repr(v), hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.0 ** 70, float("inf"), float("-inf"), 3.14159, 1e-300]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2.0 ** 70), hash(0.5) == hash(1 / 2))
for t in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (0.5, -1), (True,)]:
    print(t, hash(t))
print(hash(frozenset()) == hash(frozenset([])), hash(-0.0) == hash(0))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
