# Set comprehensions and frozensets
squares = {x * x for x in range(-3, 4)}
print(sorted(squares), len(squares))
evens = {n for n in range(10) if n % 2 == 0}
print(evens)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
initials = {w[0] for w in words}
print(sorted(initials))
lengths = {len(w) for w in words}
print(sorted(lengths))
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, f | {4}, f & {1, 9}, frozenset(), type(f | {4}).__name__, type({4} | f).__name__)
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
unique_letters = {c for c in "mississippi"}
print(sorted(unique_letters), len(unique_letters))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
