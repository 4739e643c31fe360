# math: logs, exponentials, powers and trig at simple, exactly known points
import math

print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2.5), math.expm1(1e-10))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(0.5))
print(math.log10(1000), math.log10(2), math.log2(1024), math.log2(3), math.log1p(1e-12))
print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(2**1100, 2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(-2, 3), math.pow(4, -0.5))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.hypot(-5, 12))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0), math.erf(1), math.erfc(1))
print(math.cbrt(27), math.cbrt(-8), math.exp2(10))
