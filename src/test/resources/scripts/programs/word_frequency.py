# Word frequency counter over a block of text
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way -- in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

STOP = {"the", "of", "it", "was", "we", "to", "in", "on", "or", "for", "so", "all", "its", "that", "us"}


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()


def frequencies(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq


all_words = words(TEXT)
print("total words:", len(all_words))
print("distinct words:", len(set(all_words)))
freq = frequencies(all_words)
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 8:")
for word, n in ranked[:8]:
    print(f"  {word:<10} {n:>3} {'*' * n}")
content = {w: n for w, n in freq.items() if w not in STOP}
print("top content words:", sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    ws = sorted(by_length[length])
    print(f"  len {length:>2}: {len(ws):>2} words, e.g. {', '.join(ws[:4])}")
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
lines = TEXT.splitlines()
print("lines:", len(lines), "longest line length:", max(len(l) for l in lines))
letters = frequencies(c for c in TEXT.lower() if c.isalpha())
print("letters:", "".join(c for c, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
print("once:", len([w for w, n in freq.items() if n == 1]))
