# Iterating over lists: enumerate, zip, reversed, mutating copies
colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=1):
    print(i, c)
for c in reversed(colors):
    print(c)
for a, b in zip(colors, colors[1:]):
    print(a, "->", b)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
total = 0
for n in range(len(colors)):
    total += len(colors[n])
print(total)
words = ["a", "bb", "ccc"]
lengths = list(map(len, words))
print(lengths, list(filter(lambda w: len(w) > 1, words)))
i = 0
while i < len(words):
    words[i] = words[i].upper()
    i += 1
print(words)
pairs = list(zip([1, 2, 3], "abc", [True, False, None]))
print(pairs)
a, b, c = zip(*pairs)
print(a, b, c)
items = [3, 1, 2]
items.append(items[:])
print(items)
