# math.fsum is exact where sum() rounds; prod and sumprod with ints stay exact
import math

values = [0.1] * 10
print(sum(values), math.fsum(values))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([1, 2, 3]), math.fsum([]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum(x / 7 for x in range(100)))
print(math.prod([2**40, 2**40, 3]), math.sumprod([1, 2, 3], [4, 5, 6]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError:", e)
