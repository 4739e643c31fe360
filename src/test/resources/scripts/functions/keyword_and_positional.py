# Keyword arguments, keyword-only parameters, argument unpacking
def box(width, height, *, fill="#", border=True):
    line = fill * width
    if border:
        line = "|" + line + "|"
    return [line] * height

print(box(3, 2))
print(box(width=2, height=1, fill="*"))
print(box(4, 1, border=False, fill="."))

def kwonly(*, a, b=2):
    return a + b

print(kwonly(a=1), kwonly(b=10, a=5))

def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*[1, 2, 3], **{"c": 0, "z": 9}))
print(mixed(1, *(2,), c=3, **{"d": 40}))
args = (10, 20)
kwargs = {"c": 30}
print(mixed(*args, **kwargs))
print(mixed(*args, *args, **kwargs, **{"q": 2}))

def order(first, second, third):
    return f"{first}-{second}-{third}"

print(order(1, 2, 3), order(third=3, first=1, second=2), order(1, third=3, second=2))
print(order(*"abc"), order(**{"first": "x", "second": "y", "third": "z"}), order(*["p"], *["q"], "r"))
for call in [lambda: order(1, 2), lambda: order(1, 2, 3, 4), lambda: order(1, first=1, second=2), lambda: order(1, 2, fourth=4),
             lambda: kwonly(1), lambda: kwonly(), lambda: mixed(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
