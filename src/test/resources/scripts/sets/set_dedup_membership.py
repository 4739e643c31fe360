# Deduplication while preserving order, and fast membership
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
print(sorted(set(data)), len(set(data)), list(dict.fromkeys(data)))
dupes = sorted({x for x in data if data.count(x) > 1})
print(dupes)
words = "to be or not to be that is the question".split()
print(sorted(set(words)), len(words) - len(set(words)))
vowels = set("aeiou")
print(["".join(c for c in w if c not in vowels) for w in words])
print(sorted(set("hello") & set("world")), sorted(set("hello") - set("world")))
primes = {2, 3, 5, 7, 11, 13}
print([n for n in range(15) if n in primes])
a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a & b), sorted(a - b), sorted(a ^ b))
