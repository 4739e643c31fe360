# inf, -inf, nan and negative zero
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, -nan)
print(repr(inf), str(ninf), repr(nan))
print(float("Infinity"), float("-INF"), float("  inf  "), float("NaN"), float("-nan"), float("+inf"))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 10 ** 400, ninf < -(10 ** 400), inf == inf, ninf == -inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan), lst.index(nan))
print(float("nan") in [float("nan")])
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 + 0.0, 0.0 * -1, -0.0 * -1)
print(abs(-0.0), -(0.0), 0.0 - 0.0, -0.0 - 0.0)
print(1 / inf, -1 / inf, 1 / ninf)
print(max(inf, 1), min(ninf, 1), max(1, nan), max(nan, 1), min(nan, 1), min(1, nan))
print(sorted([3.0, 1.0, 2.0]))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
print(int(-0.0), round(-0.0), round(-0.4), round(-0.5), round(-0.6))
print(str(1e309), str(-1e309))
print(inf % 5 == inf % 5, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
for s in ["inf", "nan", "-inf"]:
    f = float(s)
    print(s, f == f, f > 0, bool(f))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
