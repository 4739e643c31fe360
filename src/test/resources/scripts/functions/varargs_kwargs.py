# *args and **kwargs collect extra arguments
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, "two", [3])
show(a=1, b=2)
show(1, 2, x="y", z=None)
show(*range(3), **dict(k=1))
show(*"hi", *[1, 2], **{"a": 1}, **{"b": 2})

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(), total(1, 2, 3), total(1, 2, start=10), total(*range(101)))

def fmt(template, **values):
    out = template
    for k in sorted(values):
        out = out.replace("{" + k + "}", str(values[k]))
    return out

print(fmt("{greet}, {name}! {n}", greet="Hi", name="Ann", n=3))

def passthrough(*args, **kwargs):
    return inner(*args, **kwargs)

def inner(a, b=0, *rest, key="k"):
    return a, b, rest, key

print(passthrough(1), passthrough(1, 2, 3, key="v"), passthrough(a=5))

def count_kwargs(**kw):
    return len(kw), list(kw)

print(count_kwargs(z=1, y=2, x=3))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    total(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
