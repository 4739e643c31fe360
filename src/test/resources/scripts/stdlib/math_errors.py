# math raises CPython's exceptions with CPython's messages
import math

cases = [
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("math.log(-2.5)", lambda: math.log(-2.5)),
    ("math.log(1, 1)", lambda: math.log(1, 1)),
    ("math.exp(1000)", lambda: math.exp(1000)),
    ("math.pow(10, 400)", lambda: math.pow(10, 400)),
    ("math.pow(0, -1)", lambda: math.pow(0, -1)),
    ("math.pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("math.acos(2)", lambda: math.acos(2)),
    ("math.sin(inf)", lambda: math.sin(math.inf)),
    ("math.factorial(-1)", lambda: math.factorial(-1)),
    ("math.factorial(5.0)", lambda: math.factorial(5.0)),
    ("math.floor(inf)", lambda: math.floor(math.inf)),
    ("math.ceil(nan)", lambda: math.ceil(math.nan)),
    ("math.sqrt('x')", lambda: math.sqrt('x')),
    ("math.sqrt()", lambda: math.sqrt()),
    ("math.pow(1)", lambda: math.pow(1)),
    ("math.comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("math.isqrt(-4)", lambda: math.isqrt(-4)),
    ("math.gcd(1.5)", lambda: math.gcd(1.5)),
    ("math.fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("math.ldexp(1.0, 2000)", lambda: math.ldexp(1.0, 2000)),
    ("math.cosh(1000)", lambda: math.cosh(1000)),
    ("math.sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("math.dist([1], [1, 2])", lambda: math.dist([1], [1, 2])),
    ("math.isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1)),
    ("math.trunc('a')", lambda: math.trunc('a')),
    ("math.gamma(0)", lambda: math.gamma(0)),
    ("math.prod([1], 2)", lambda: math.prod([1], 2)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
