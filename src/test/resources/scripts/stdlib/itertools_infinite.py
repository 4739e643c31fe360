# count, cycle and repeat are lazy; islice takes what is needed
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(repr(count(3)), repr(count(2, 3)), repr(count(0, -1)), type(count()).__name__)
c = count(7)
print(next(c), next(c), c)
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(1, 0)), repr(repeat(5)), repr(repeat(5, 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 3, None)), list(islice(range(10), 8, 2)))
for i, ch in zip(count(1), "xyz"):
    print(i, ch)
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
