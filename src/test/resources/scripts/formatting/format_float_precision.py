# Precision behaviour of 'f', 'e', 'g' and '' presentation types
values = [0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 123.456, 1e-5, 1.23456789e-9, 9.87654321e15, 1e16, 123456789012.0, -7.0, 2 / 3, 1e300]
for v in values:
    print(repr(v), format(v, ".3f"), format(v, ".3e"), format(v, ".3g"), format(v, "g"), format(v, ".1"), format(v, ".12"), "%s" % v)
for p in range(0, 8):
    print(p, format(3.14159265, "." + str(p) + "f"), format(3.14159265, "." + str(p) + "g"), "%.*e" % (p, 314.159265))
