# Argument errors caught and printed
def two(a, b):
    return a + b

def defaults(a, b=1, c=2):
    return a

def kw(a, *, k):
    return a

def nothing():
    return None

def outer():
    def inner(x):
        return x
    return inner

cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, a=3),
    lambda: two(1, c=3),
    lambda: two(1, bb=2),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: kw(1),
    lambda: kw(1, 2),
    lambda: kw(1, 2, k=3),
    lambda: nothing(1),
    lambda: nothing(x=1),
    lambda: outer()(),
    lambda: (lambda x, y: 0)(1),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: abs(1, 2),
    lambda: "abc".upper(1),
    lambda: [].append(),
    lambda: sorted([3, 1], lambda x: x),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
