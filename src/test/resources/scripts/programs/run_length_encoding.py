# Run-length encoding and decoding of strings
def encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


def decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError(f"missing count before {ch!r}")
            out.append(ch * int(num))
            num = ""
    if num:
        raise ValueError("dangling count " + num)
    return "".join(out)


def runs(seq):
    result = []
    for item in seq:
        if result and result[-1][0] == item:
            result[-1][1] += 1
        else:
            result.append([item, 1])
    return [tuple(r) for r in result]


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "",
           "x" * 25, "ééé😀😀!", "  spaces  "]
for s in samples:
    e = encode(s)
    d = decode(e)
    ratio = len(e) / len(s) if s else 0.0
    print(f"{s[:20]!r:<24} -> {e[:30]!r:<34} ok={d == s} ratio={ratio:.2f}")
print(runs([1, 1, 2, 2, 2, 3, 1, 1]))
print(runs("mississippi"))
print(runs([]))
for bad in ["3a4", "a3b", "12"]:
    try:
        print(decode(bad))
    except ValueError as e:
        print("ValueError:", e)
look = "1"
for _ in range(8):
    print(look)
    look = "".join(f"{n}{ch}" for ch, n in runs(look))
