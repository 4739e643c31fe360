# Counter counts, orders by frequency and does multiset arithmetic
from collections import Counter

words = "the quick brown fox jumps over the lazy dog the fox".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["cat"], len(c), c.total())
print(sorted(c.elements())[:6])
c.update(["cat", "cat", "the"])
c.subtract({"the": 2})
print(c.most_common(3), "cat" in c, "cow" in c)
letters = Counter("mississippi")
print(letters, dict(letters), list(letters), sorted(letters.items()))
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, -Counter(x=-2), +Counter(x=-1, y=2))
print(Counter("abc") == Counter("cba"), Counter() == Counter(), Counter(a=0) == Counter())
del c["the"]
del c["nothing"]
print(c.most_common(2), c.get("fox"), c.get("zzz", "none"))
inventory = Counter()
for item, qty in [("apple", 3), ("pear", 2), ("apple", 4)]:
    inventory[item] += qty
print(inventory, max(inventory, key=inventory.get))
