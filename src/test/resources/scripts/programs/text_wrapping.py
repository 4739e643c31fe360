# A greedy text-wrapping and justification routine
PARAGRAPH = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
             "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow. "
             "Supercalifragilisticexpialidocious is a rather long word indeed.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(" ".join(current))
                current, length = [], 0
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        extra = len(word) + (1 if current else 0)
        if length + extra > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 22, 14):
    print(f"--- width {width} ---")
    lines = wrap(PARAGRAPH, width)
    for i, line in enumerate(lines):
        shown = line if i == len(lines) - 1 else justify(line, width)
        print("|" + shown.ljust(width) + "|")
    print(f"{len(lines)} lines, longest {max(len(l) for l in lines)}")
print(wrap("", 10), wrap("a b c", 1), wrap("abcdefgh", 4))
print("|" + "centered title".center(30, ".") + "|")
print("|" + "right".rjust(30) + "|")
