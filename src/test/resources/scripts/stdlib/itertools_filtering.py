# takewhile, dropwhile, filterfalse and compress stop and skip lazily
from itertools import takewhile, dropwhile, filterfalse, compress, count, islice

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(5), [True, False])))
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 50, squares)))
evens = filterfalse(lambda n: n % 2, count())
print(list(islice(evens, 6)))
seen = []
def noisy(x):
    seen.append(x)
    return x < 3
print(list(takewhile(noisy, [1, 2, 3, 4, 5])), seen)
