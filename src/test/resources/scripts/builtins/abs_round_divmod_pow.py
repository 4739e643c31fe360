# abs(), round(), divmod() and pow()
print(abs(-3), abs(3), abs(-2.5), abs(-0.0), abs(False), abs(-(10 ** 30)), abs(float("-inf")))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(3.14159, 0), round(-3.14159, 1), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.135, 2), round(10.0), round(1e300, -300))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 2), pow(4, 0.5), pow(7, 2, 5), pow(-7, 2, 5), pow(7, -1, 5), pow(2, 100, 10 ** 9 + 7))
print(2 ** 3 ** 2, (2 ** 3) ** 2, pow(0, 0), pow(0.0, 0), pow(1, 10 ** 6), pow(-1, 10 ** 6 + 1))
for bad in [lambda: pow(2, 0.5, 3), lambda: pow(2, 1, 0), lambda: pow(2, -1, 4), lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: abs("x"), lambda: round(1.5, 1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
