# Comprehensions combined with functions, conditionals and unpacking
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "even" if n % 2 == 0 else "odd"

nums = [-3, 0, 4, 7, -8, 10, 1]
print([classify(n) for n in nums])
groups = {label: [n for n in nums if classify(n) == label] for label in ["neg", "zero", "even", "odd"]}
print(groups)
pairs = [("a", 3), ("b", 1), ("c", 2)]
print([name * count for name, count in pairs])
print({name: count for name, count in sorted(pairs, key=lambda p: p[1])})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = "Hello World from the comprehension test".split()
print([w for w in words if len(w) > 4 and w[0].isupper()])
print([w.lower() if i % 2 else w.upper() for i, w in enumerate(words)])
print(sorted([(len(w), w) for w in words], reverse=True)[:3])
print([x for x in map(lambda v: v * 3, range(5)) if x % 2 == 0])
print([[c for c in w] for w in ["ab", "", "c"]])
