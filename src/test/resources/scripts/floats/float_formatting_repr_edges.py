# Where repr switches to exponent notation: 1e16 and 1e-4 boundaries
for e in range(-8, 25):
    print(e, float("1e" + str(e)), float("1.5e" + str(e)), 1.5 * float("1e" + str(e)))
print(9999999999999998.0, 9999999999999999.0, 1e16 - 2, 1e16 + 2)
print(0.0001, 0.00009999, 0.000123)
print(float(10 ** 15), float(10 ** 16), float(10 ** 15 + 0.5))
print(-1e16, -1e-5, -123.456e10)
