# Set algebra with methods and operators (small int sets print in a stable order)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3), [1, 2]), a.difference([1], {2}))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4})
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 3)), a.isdisjoint({7, 0}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, {1, 2} == frozenset({1, 2}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 5}
print(sorted(c))
d = {0, 1}
d.update([2], (3,))
d.intersection_update(range(1, 10))
d.difference_update({3})
d.symmetric_difference_update({2, 7})
print(d)
print(len(a), 3 in a, 9 not in a, sorted(a | b, reverse=True), sum(a), max(b))
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
