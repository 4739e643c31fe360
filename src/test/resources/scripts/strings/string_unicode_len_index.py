# Strings are sequences of code points (non-BMP characters count as one)
s = "héllo wörld 😀!"
print(len(s), s[1], s[-2], s[12], s[6:11], s[::-1])
print(s.index("😀"), s.find("!"), s.count("l"), "ö" in s)
for ch in "aé€😀":
    print(ch, ord(ch), hex(ord(ch)), len(ch), ch.upper(), repr(ch))
e = "😀😃😄"
print(len(e), e[1], e[::-1], e[1:], e * 2)
print(list("a😀b"))
print([ord(c) for c in "Zoë"])
print(chr(233), chr(0x1F600), chr(65) + chr(97), chr(0x10FFFF) == "\U0010FFFF")
combining = "e\u0301"
print(len(combining), combining == "é", repr(combining))
print("日本語テキスト"[2:5], len("日本語テキスト"))
print(sorted("bca😀é"))
print(max("hello"), min("hello"), max("😀a"), min("Zebra"))
