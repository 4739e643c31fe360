# round() uses round-half-to-even and exact binary values
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5]:
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1.005, 2), (2.5, 0), (3.14159, 3), (-3.14159, 3),
             (1234.5678, -2), (1250.0, -2), (0.045, 2), (1e20, 2), (123.456, 10), (5e-324, 5)]:
    r = round(x, n)
    print(x, n, r, type(r).__name__)
print(round(1.5, None), round(2.5, None))
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(-0.0, 1), round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1))
print(int(2.9), int(-2.9), int(1e19), int(-1e19))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
