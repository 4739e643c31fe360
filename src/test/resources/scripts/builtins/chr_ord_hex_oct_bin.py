# chr(), ord(), hex(), oct(), bin()
for c in ["A", "z", "0", " ", "\n", "é", "€", "😀", "\x00", "\U0010FFFF"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print([chr(i) for i in range(65, 71)], "".join(chr(c) for c in [72, 105]), chr(0x2603), chr(128512))
for n in [0, 1, 7, 8, 255, -1, -256, 4096, 2 ** 64]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-5), 0))
print(hex(True), bin(False))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: hex(1.0), lambda: chr("a"), lambda: ord(65)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
