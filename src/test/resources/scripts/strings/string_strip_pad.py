# strip family, padding and alignment
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".strip("abc"), "hello".strip("lo"))
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".moc"), "...".strip("."))
print(repr("\xa0 nbsp \u2003".strip()), repr("\u3000ideographic\u3000".strip()))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
for w in [1, 2, 5, 6, 7, 8]:
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, ".")), repr("ab".rjust(w, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(3), "-".zfill(3))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "abcd\te".expandtabs(4), "\t".expandtabs(0) == "", "x\ty\nab\tz".expandtabs(3))
print(repr("é".center(5, "€")), repr("😀".ljust(3, "!")))
