# printf-style % formatting
print("%s and %s" % ("this", "that"))
print("%d items" % 5, "%i" % -3, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42, "%+d" % 42, "% d" % 42, "%+05d" % -42)
print("%f" % 3.14159, "%.2f" % 3.14159, "%8.3f|" % -3.14159, "%-8.1f|" % 2.25, "%08.2f" % 3.5, "%.0f" % 2.5, "%.0f" % 3.5)
print("%e" % 12345.678, "%.2E" % 0.000123, "%g" % 1234567.0, "%g" % 0.00001234, "%G" % 1e-10, "%.3g" % 3.14159)
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%08x" % 48879, "%x" % -255)
print("%c%c%c" % (72, 105, 33), "%c" % "z", "%r" % "it's", "%s" % [1, "a"], "%a" % "é")
print("%%" % (), "100%%" % (), "%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%(x)r" % {"x": "y"})
print("%*d|" % (6, 7), "%-*d|" % (6, 7), "%.*f" % (2, 3.14159), "%*.*f|" % (9, 3, 2.71828))
print("%s" % (1,), "%s" % ((1, 2),), "%s" % [1, 2], "%s %s" % (None, True))
print("%d" % 3.99, "%d" % True, "%i" % -2.5, "%f" % 1, "%s" % 1.0, "%r" % 1.0)
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d" % 10 ** 20, "%x" % 2 ** 70, "%.2f" % 1e20, "%e" % 0)
print("%f %F %e" % (float("inf"), float("-inf"), float("nan")))
print("%.3s" % "é😀xyz", "%3s|" % "😀")
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", "ab"), ("%c", 1114112)]:
    fmt, arg = bad
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)
