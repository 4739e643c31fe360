# Division by zero messages for ints and floats
cases = [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (-1.5, -0.0)]
for a, b in cases:
    for name in ["/", "//", "%", "divmod"]:
        try:
            if name == "/":
                r = a / b
            elif name == "//":
                r = a // b
            elif name == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print(a, name, b, "=", r)
        except ZeroDivisionError as e:
            print(a, name, b, "->", type(e).__name__, e)
for base, exp in [(0, -1), (0.0, -1), (0, -2.5), (0.0, -0.5)]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(0 ** 0, 0.0 ** 0, 0 ** 0.0, 0.0 ** 0.0)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pow(10.0, 400))
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10, 2 ** 1023 * 2.0)
