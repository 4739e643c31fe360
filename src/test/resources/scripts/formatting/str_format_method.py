# str.format with positional, keyword, index and attribute-free fields
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Eve", age=29), "{0}-{x}".format(1, x=2))
print("{0[0]} {0[2]} {1[k]} {1[0]}".format([10, 20, 30], {"k": "v", 0: "zero"}))
data = {"a": {"b": [5, 6]}}
print("{d[a][b][1]}".format(d=data))
print("{:>8}|{:<8}|{:^8}|{:*^8}|".format("r", "l", "c", "s"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:,}|{:_x}".format(1, 2, -3, 4, 1234567, 0xFFFFFF))
print("{:.3f} {:.2e} {:g} {:.1%} {:10.4f}|".format(3.14159, 31415.9, 0.0000123, 0.256, -2.5))
print("{!r} {!s} {!a} {!r:>6}|".format("x", "y", "é", "z"))
print("{{}} {{{}}}".format("brace"))
print("{:{}}|{:{}.{}f}|".format("w", 5, 3.14159, 8, 2))
print("{0:{1}}|".format("nested", 10), "{x:{fill}{align}{width}}|".format(x="y", fill="-", align=">", width=4))
print("{} {}".format(*["unpacked", "list"]), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:b} {:o} {:x} {:X} {:#b} {:c}".format(10, 10, 255, 255, 5, 97))
print("{0!r:^12}|{0!s:^12}|".format("mid"))
print("{:,.2f} {:_.3f} {:,d}".format(1234567.891, 9876.54321, -10 ** 9))
print("{:>10}|{:<10}|".format(3.5, None.__class__.__name__))
print("{}".format([1, {"a": (2,)}]), "{}".format(None), "{}".format(True), "{:d}".format(True))
for fmt, args in [("{} {}", (1,)), ("{0} {2}", (1, 2)), ("{x}", ()), ("{:d}", ("s",)), ("{:s}", (1,)), ("{0:.2f}", ("a",)), ("{", ()), ("}", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
