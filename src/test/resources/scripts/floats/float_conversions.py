# float() parsing and conversion from ints
for s in ["3.14", "-2.5", "  1e3  ", "1E-3", ".5", "5.", "1_000.5", "+1.5", "10", "1e500", "-1e500", "1e-400",
          "inf", "-Infinity", "nan", "  -0.0", "007.25", "1.7976931348623157e308", "4.9e-324", "٣.٥"]:
    print(repr(s), float(s))
print(float(), float(0), float(-7), float(True), float(2 ** 60), float(10 ** 20))
print(float(2 ** 63 - 1), float(-(2 ** 63)), float(12345678901234567890))
print(float(123456789012345678901234567890))
for bad in ["", "abc", "1,5", "1.2.3", "1e", "e5", "--1", "1_", "_1", "inf inity", "0x1p3", "nan(1)"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-1.0).hex(), (0.0).hex(), float.fromhex("0x1.8p1"))
print((3.0).is_integer(), (3.5).is_integer(), (3.5).real, (3.5).imag, (3.5).conjugate())
