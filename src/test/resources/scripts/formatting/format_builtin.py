# The format() builtin
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">4"), format(1234.5, ","), format(0.25, "%"))
print(format(42), format(42.0), format("x"), format(None), format([1, 2]), format(True), repr(format(1.5, "")))
print(format(255, "x"), format(255, "#b"), format(-1, "b"), format(10 ** 30, "e"), format(1 / 3, ".10g"))
print(format(1e16, ""), format(1e16, "g"), format(1e15, "g"), format(1e16, ".0f"), format(123456.0, ".2g"))
print(format(0.0001, ""), format(0.0001, "g"), format(0.00001, "g"), format(1.5, "10"), format(1.5, "<10") + "|")
print(format(12345.678, "e"), format(12345.678, "E"), format(12345.678, ".2e"), format(-0.0, "e"), format(5e-324, "g"))
print(format(2.5, ".0f"), format(-2.5, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"))
print(format(1234567.0, ",.1f"), format(1234567, "_"), format(-1234567.25, ",.2f"), format(0.000001, ",f"))
print(format(1.0, "g"), format(10.0, "g"), format(1e-5, "f"), format(123.0, "#g"), format(1.0, "#.3g"), format(5, "#.0f"))
print(format(float("inf"), "f"), format(float("nan"), "F"), format(float("-inf"), "e"), format(float("inf"), "010.2f"))
print(format(3, "f"), format(3, "e"), format(3, "%"), format(3, "g"), format(3.0, "n"))
print(format(123, "=+8"), format(-123, "=8"), format(123, "^+9"), format(123.5, "012"), format(-123.5, "012.2f"))
print(format("abcdef", ".3"), format("abcdef", "^9.3"), format("é", "*^5"), format("😀", "-<4"))
print(format(99, "c"), format(0x263A, "c"), format(True, ""), format(False, ">6"), format(True, "d"))
print(format(1e100, ".3g"), format(1e-100, ".3g"), format(123456789, ".3e"), format(9.999, ".2f"), format(9.995, ".2f"))
print(format(0.1, ".20f"), format(0.1, ".17g"), format(1 / 7, ".30f"))
for v, spec in [(1.5, "d"), ("s", "d"), (5, "s"), (1, ",s"), ("abc", "=5"), (1.0, "c")]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print("ValueError:", e)
