# int() from strings, floats, bools, with bases
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t\n99\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x1F", 16))
print(int("777", 8), int("0o777", 8), int("1010", 2), int("0b1010", 2))
print(int("z", 36), int("Zz", 36), int("10", 36))
print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0), int("-0b101", 0))
print(int("1_0", 0), int("0x_a", 0))
print(int("٣"), int("１２"), int("߄"))
print(int())
print(int(12345678901234567890.0))
print(int("12345678901234567890123"))
for bad in ["", " ", "1.5", "1e3", "0x10", "1__0", "_1", "1_", "abc", "12a", "--1", "0b2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("12", 2), ("g", 16), ("08", 0), ("0x", 16)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
