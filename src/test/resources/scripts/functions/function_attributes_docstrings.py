# Docstrings, __name__, __doc__, functions as values
def documented(x):
    """Return x doubled.

    Extra lines are kept verbatim.
    """
    return x * 2

def undocumented():
    pass

print(documented.__doc__)
print(undocumented.__doc__, undocumented(), documented.__name__)
f = documented
print(f(4), f is documented, f.__name__, callable(f), callable(4))
table = [documented, len, str.upper, abs]
print([fn("ab") if fn is not abs else fn(-3) for fn in table])

def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x

print(apply_n(documented, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))

def outer():
    def inner():
        return "inner result"
    return inner

g = outer()
print(g(), g.__name__, g.__qualname__, outer.__qualname__)

def no_return():
    x = 1

def bare_return():
    return

def multi():
    return 1, "two", [3]

print(no_return(), bare_return(), multi(), type(multi()).__name__)
