# except (A, B) as e, ordering of handlers, and the bound name
class A(Exception):
    pass


class B(Exception):
    pass


class C(B):
    pass


def raiser(n):
    return [A("a"), B("b"), C("c"), KeyError("k"), ZeroDivisionError("z"), None][n]


for n in range(6):
    try:
        exc = raiser(n)
        if exc is not None:
            raise exc
        print(n, "nothing raised")
    except (A, C) as e:
        print(n, "A-or-C:", type(e).__name__, e)
    except (B, KeyError) as e:
        print(n, "B-or-KeyError:", type(e).__name__, e)
    except (ArithmeticError,) as e:
        print(n, "arith:", type(e).__name__, e)

handlers = (ValueError, TypeError)
for bad in ["x", None]:
    try:
        int(bad)
    except handlers as e:
        print("dynamic tuple caught", type(e).__name__)

try:
    raise C("deleted after")
except B as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
