# Aligning numbers in tables with three formatting styles
rows = [("north", 1234.5, -3), ("south", 7.25, 12), ("east", 100000.0, 0), ("west", -0.5, 999)]
for name, amount, delta in rows:
    print("%-6s %12.2f %+5d" % (name, amount, delta))
for name, amount, delta in rows:
    print("{:<6} {:>12,.2f} {:>+5d}".format(name, amount, delta))
for name, amount, delta in rows:
    print(f"{name:<6} {amount:>12_.1f} {delta:^+7d}|")
total = sum(r[1] for r in rows)
print("%s" % total, "{}".format(total), f"{total}", str(total), repr(total))
print("%.1f%%" % 45.678, "{:.1%}".format(0.45678), f"{0.45678:.1%}")
