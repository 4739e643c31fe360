# Building an aligned report with f-strings
scores = {"alice": [90, 85, 77.5], "bob": [60, 72.25, 88], "carol": [100, 99, 98], "dan": []}
print(f"{'name':<8}|{'n':>3}|{'mean':>8}|{'best':>6}")
print("-" * 28)
for name, vals in scores.items():
    mean = sum(vals) / len(vals) if vals else float("nan")
    best = max(vals, default=None)
    print(f"{name.title():<8}|{len(vals):>3}|{mean:>8.2f}|{best!s:>6}")
total = sum(len(v) for v in scores.values())
print(f"{total=} {total / len(scores)=:.3f}")
for n in [0, 5, 123, 9999, 12345]:
    print(f"[{n:^7}] [{n:07}] [{n:<+7}] [{n:_>7}]")
