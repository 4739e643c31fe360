# In-place operators: __iadd__ mutates, fallback to __add__ rebinds
class Bag:
    def __init__(self, items=None):
        self.items = list(items or [])

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))

    def __repr__(self):
        return f"Bag({self.items})"


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, b, c is b)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other)

    def __isub__(self, other):
        self.v -= other
        return self

    def __imul__(self, other):
        self.v *= other
        return self

    def __repr__(self):
        return f"Num({self.v})"


n = Num(5)
orig = n
n += 1  # no __iadd__: uses __add__, new object
print(n, orig, n is orig)
n -= 2
n *= 10
print(n, n is not orig)

# in-place on attributes and items
class Holder:
    def __init__(self):
        self.bag = Bag()
        self.count = 0


h = Holder()
h.bag += ["x"]
h.count += 5
print(h.bag, h.count)
slots = [Num(1), Num(2)]
slots[0] += 10
slots[1] *= 3
print(slots)
d = {"k": Bag([0])}
d["k"] += [9]
print(d)


class Weird:
    def __iadd__(self, other):
        return "replaced"


w = Weird()
w += 1
print(w)
