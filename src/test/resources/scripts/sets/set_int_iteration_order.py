# Iteration order of int sets follows hash values (small non-negative ints appear sorted)
print({3, 1, 2}, {5, 4, 3, 2, 1, 0}, set(range(7, -1, -1)))
s = {1, 2, 3}
s.add(0)
print(s)
print(list({7, 6, 5}), [x for x in {2, 0, 1}])
print({x % 5 for x in range(20)})
print(sorted({100, 5, 50}), min({9, 4, 6}), max({9, 4, 6}))
print({True, 2}, {False, 1})
# Ints larger than the table size collide and probe: order is not sorted
print({10, 5}, {8, 1})
s = set()
for x in [1, 9, 16]:
    s.add(x)
print(s, list(s))
big = set()
for x in [40, 8, 0]:
    big.add(x)
print(big, big.pop(), big)
print({-1, 0, 1}, {-5, 5})
