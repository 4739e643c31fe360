# Common slicing idioms on strings and lists
s = "Hello, World"
print(s[:5], s[7:], s[-5:], s[::-1], s[::2], s[1::2])
print(s[:5] + s[5:] == s, s[:-1], s[1:], s[-1:], s[:1])
words = s.split(", ")
print([w[::-1] for w in words], [w[0] + w[-1] for w in words])
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks("abcdefghij", 3), chunks(list(range(7)), 2), chunks("", 4))
def rotate(seq, k):
    if not seq:
        return seq
    k %= len(seq)
    return seq[k:] + seq[:k]
print(rotate("abcdef", 2), rotate("abcdef", -1), rotate([1, 2, 3], 10), rotate("", 3))
def is_pal(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
for t in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(t), is_pal(t))
digits = "20240131"
print(digits[:4], digits[4:6], digits[6:], "-".join([digits[:4], digits[4:6], digits[6:]]))
print("😀é😀é"[1::2], "😀é😀é"[::-1])
