class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
print(type(s).__mro__, Stack.__bases__)
print(s + [5], type(s + [5]).__name__, s[1:], type(s[1:]).__name__, s * 2, type(s * 2).__name__)
print([0] + s, 2 * s, 3 in s, 9 in s, s == [1, 2, 3, 4], [1, 2, 3, 4] == s, s != [1], s < [2], bool(s), bool(Stack()))
print(list(s), sorted(s, reverse=True), sum(s), max(s), list(reversed(s)), [x * 10 for x in s])
s[0] = 100
del s[1]
print(s, s.pop(), s, s.index(3))
s += [7, 8]
print(s, type(s).__name__)
s *= 2
print(s, type(s).__name__)
a, *b = s
print(a, b)
print(Stack("abc"), Stack(range(3)), repr(Stack()), str(Stack([1])))


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r}, {super().__repr__()})"


n = Named("xs", [3, 1, 2])
n.sort()
print(n, n.name, n.__dict__, n.copy(), type(n.copy()).__name__)
list.append(n, 9)
print(n, list.__len__(n), len(n))


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __len__(self):
        return 42

    def __contains__(self, x):
        return x == "yes"

    def __iter__(self):
        return iter(["it"])

    def append(self, x):
        print("append", x)
        super().append(x * 2)


g = Logged([1, 2, 3])
print(g[0], len(g), "yes" in g, 1 in g, list(g))
g[1] = 5
g.append(4)
print(list.__len__(g), list.__repr__(g))


class Eq(list):
    def __eq__(self, other):
        return "custom"

    __hash__ = None


print(Eq() == [], Eq([1]) == 1)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
try:
    s.nothing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Stack(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Stack([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    Stack()[5]
except IndexError as e:
    print("IndexError:", e)
try:
    s + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + s
except TypeError as e:
    print("TypeError:", e)
try:
    s < 1
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Named("a"), Stack), issubclass(Named, list), Stack.__name__, Stack.__qualname__)
