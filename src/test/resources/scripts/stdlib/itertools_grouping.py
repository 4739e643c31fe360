# accumulate, groupby, chain, zip_longest, starmap, pairwise, batched
from itertools import accumulate, groupby, chain, zip_longest, starmap, pairwise, batched, tee
import operator

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([], initial=0)))
print(list(accumulate(["a", "b", "c"])))
data = "AAAABBBCCDAABBB"
print([k for k, g in groupby(data)], [list(g) for k, g in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = groupby([1, 1, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5, 2], "ab"])))
print(list(pairwise("abcde")), list(pairwise([1])))
print(list(batched("abcdefg", 3)), list(batched(range(4), 2)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
