# repr() chooses quotes and escapes like CPython
samples = ["hello", "it's", 'a"b', 'both \' and "', "", " ", "tab\there", "new\nline", "cr\r", "back\\slash",
           "\x00\x01\x1f", "\x7f", "\x80", "\xa0", "\xad", "é", "ñandú", "日本語", "😀", "\u200b", "\u2028", "\ufeff",
           "\U0001F600x", "\t\n\r", "'", '"', "'\"", "\\'", "\ud7ff", "\U000e0001", "\u0378", "Ω", "\x1b[31m"]
for s in samples:
    print(repr(s), len(s))
print([s for s in ["a", "it's", 'q"q']])
print(("x", 'y"'), {"k'": "v"})
print(str("it's"), str('a"b'))
print(repr(repr("a")), repr(repr("it's")))
