# Hashing of numeric tuples is deterministic; equality across numeric types
for t in [(), (0,), (1, 2), (1, 2.0), (-1,), (True, False), ((1, 2), 3), (2 ** 64, -(2 ** 64)), (1.5, -0.0)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) == (1.0, 2.0))
s = {(1, 2), (1.0, 2.0), (2, 1)}
print(len(s), sorted(s))
d = {(0, 0): "origin"}
d[(0.0, 0.0)] = "still origin"
print(d)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
try:
    {([1], 2): 3}
except TypeError as e:
    print("TypeError:", e)
