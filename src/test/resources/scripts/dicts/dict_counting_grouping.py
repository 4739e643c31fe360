# Counting and grouping idioms
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
by_first = {}
for w in sorted(set(text.split())):
    by_first.setdefault(w[0], []).append(w)
print(by_first)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(dict(sorted(inverted.items())))
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix)
