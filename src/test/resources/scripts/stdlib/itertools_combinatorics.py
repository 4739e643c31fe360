# product, permutations, combinations in CPython's order
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product("01", repeat=3)))
print(list(product()), list(product([], [1])))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(sum(1 for p in product(range(3), repeat=4) if sum(p) == 4))
