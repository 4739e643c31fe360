# Lambdas: defaults, closures, immediate calls, higher-order use
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(lambda v: v % 3 == 0, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))
print(square.__name__, (lambda: 0).__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
kw = lambda *, key="default": key
print(kw(), kw(key="given"))
print((lambda x: (lambda y: x * y))(6)(7))
print(max([(1, "b"), (3, "a"), (2, "c")], key=lambda t: t[1]))
