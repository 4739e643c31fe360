# Closures created in loops and with lambdas
callbacks = {}
for name in ["alpha", "beta", "gamma"]:
    callbacks[name] = lambda n=name: n.upper()
print({k: v() for k, v in callbacks.items()})
late = [lambda: i for i in range(4)]
print([fn() for fn in late])

def multipliers():
    return [lambda x, m=m: x * m for m in range(1, 5)]

print([fn(10) for fn in multipliers()])

def make_validators(limits):
    checks = []
    for lo, hi in limits:
        def check(v, lo=lo, hi=hi):
            return lo <= v <= hi
        checks.append(check)
    return checks

vals = make_validators([(0, 10), (5, 15), (-5, 5)])
print([[c(v) for c in vals] for v in [-1, 3, 7, 12]])

def adder_chain(n):
    fns = []
    total = 0
    for i in range(n):
        total += i
        fns.append(lambda t=total: t)
    return [f() for f in fns], total

print(adder_chain(5))

def outer():
    fns = []
    x = 0
    while x < 3:
        fns.append(lambda: x)
        x += 1
    return [f() for f in fns]

print(outer())
