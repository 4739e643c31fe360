# Building strings character by character
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! Zebra-xylophone."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
vowels = 0
for ch in msg.lower():
    if ch in "aeiou":
        vowels += 1
print(vowels)
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
print("".join(ch for ch in msg if ch.isalpha()))
print("".join(c.upper() if i % 2 else c.lower() for i, c in enumerate("alternating")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
