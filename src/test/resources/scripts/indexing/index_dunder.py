"""User classes with __index__ used wherever CPython calls operator.index()."""
import math
import operator
import sys


class Null:
    def write(self, text):
        pass

    def flush(self):
        pass


# B.__index__ returns a bool: CPython accepts it with a DeprecationWarning on stderr, which Tint
# does not print; silence stderr so only the results are compared.
sys.stderr = Null()


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"I({self.v})"


class B:
    def __index__(self):
        return True


class BadRet:
    def __index__(self):
        return "3"


class Foo:
    pass


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


lst = [10, 20, 30, 40, 50]
tup = (1, 2, 3, 4)
s = "hello"
r = range(10)

print("-- getitem")
attempt("list", lambda: lst[I(1)])
attempt("list neg", lambda: lst[I(-1)])
attempt("list bool", lambda: lst[B()])
attempt("list big", lambda: lst[I(10**30)])
attempt("list oob", lambda: lst[I(7)])
attempt("tuple", lambda: tup[I(2)])
attempt("tuple neg", lambda: tup[I(-4)])
attempt("str", lambda: s[I(1)])
attempt("str neg", lambda: s[I(-2)])
attempt("str oob", lambda: s[I(9)])
attempt("range", lambda: r[I(3)])
attempt("range neg", lambda: r[I(-1)])
attempt("range oob", lambda: r[I(10)])
attempt("bigrange", lambda: range(10**20)[I(5)])
attempt("list badret", lambda: lst[BadRet()])
attempt("tuple badret", lambda: tup[BadRet()])
attempt("str badret", lambda: s[BadRet()])
attempt("range badret", lambda: r[BadRet()])

print("-- no __index__")
attempt("list foo", lambda: lst[Foo()])
attempt("tuple foo", lambda: tup[Foo()])
attempt("str foo", lambda: s[Foo()])
attempt("range foo", lambda: r[Foo()])
attempt("list float", lambda: lst[1.0])
attempt("tuple str", lambda: tup["a"])
attempt("str float", lambda: s[1.5])
attempt("range float", lambda: r[2.0])
attempt("bigrange foo", lambda: range(10**20)[Foo()])

print("-- setitem / delitem")
a = list(lst)
a[I(0)] = 99
a[I(-1)] = 77
print(a)
del a[I(1)]
print(a)
del a[B()]
print(a)
try:
    a[I(10)] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[I(10)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[Foo()] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[Foo()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[BadRet()] = 1
except TypeError as e:
    print(type(e).__name__, e)

print("-- slices")
attempt("slice", lambda: lst[I(1):I(4)])
attempt("slice step", lambda: lst[I(0):I(5):I(2)])
attempt("slice neg step", lambda: lst[I(4)::I(-2)])
attempt("slice none", lambda: lst[None:I(3):None])
attempt("slice bool", lambda: lst[B():])
attempt("slice big", lambda: lst[I(-10**30):I(10**30)])
attempt("tuple slice", lambda: tup[I(1):])
attempt("str slice", lambda: s[I(1):I(-1)])
attempt("str slice step", lambda: s[::I(-1)])
attempt("range slice", lambda: r[I(2):I(8):I(3)])
attempt("slice foo start", lambda: lst[Foo():])
attempt("slice foo stop", lambda: lst[:Foo()])
attempt("slice foo step", lambda: lst[::Foo()])
attempt("slice float step", lambda: lst[::1.5])
attempt("slice str stop", lambda: s[:"x"])
attempt("slice badret", lambda: lst[BadRet():])
attempt("slice zero step", lambda: lst[::I(0)])
attempt("slice big step", lambda: lst[::10**20])
attempt("slice big neg step", lambda: lst[::-10**20])
attempt("slice.indices", lambda: slice(I(1), I(-1), I(2)).indices(10))
a = list(range(10))
a[I(1):I(3)] = ["a", "b", "c"]
print(a)
a[I(0)::I(3)] = [0, 0, 0, 0]
print(a)
del a[I(2):I(5)]
print(a)
del a[::I(2)]
print(a)
try:
    a[Foo():] = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[:Foo()]
except TypeError as e:
    print(type(e).__name__, e)

print("-- builtins")
attempt("range(I)", lambda: list(range(I(4))))
attempt("range(a,b,c)", lambda: list(range(I(1), I(10), I(3))))
attempt("range(bool)", lambda: list(range(B())))
attempt("range big", lambda: len(range(I(10**20))) > 0)
attempt("range badret", lambda: range(BadRet()))
attempt("range foo", lambda: range(Foo()))
attempt("range float", lambda: range(1.0))
attempt("range(1, foo)", lambda: range(1, Foo()))
attempt("range step foo", lambda: range(1, 2, Foo()))
attempt("range attrs", lambda: (range(I(1), I(9), I(2)).start, range(I(1), I(9), I(2)).stop, range(I(1), I(9), I(2)).step))
attempt("hex", lambda: hex(I(255)))
attempt("oct", lambda: oct(I(8)))
attempt("bin", lambda: bin(I(5)))
attempt("hex neg", lambda: hex(I(-255)))
attempt("hex big", lambda: hex(I(2**70)))
attempt("bin bool", lambda: bin(B()))
attempt("hex foo", lambda: hex(Foo()))
attempt("oct float", lambda: oct(1.5))
attempt("bin badret", lambda: bin(BadRet()))
attempt("chr", lambda: chr(I(65)))
attempt("chr foo", lambda: chr(Foo()))
attempt("chr badret", lambda: chr(BadRet()))
attempt("chr float", lambda: chr(65.0))
attempt("round", lambda: round(3.14159, I(2)))
attempt("round int", lambda: round(12345, I(-2)))
attempt("round foo", lambda: round(3.14159, Foo()))
attempt("round float nd", lambda: round(3.14159, 1.0))
attempt("operator.index", lambda: operator.index(I(7)))
attempt("operator.index bool", lambda: operator.index(B()))
attempt("operator.index True", lambda: operator.index(True))
attempt("operator.index foo", lambda: operator.index(Foo()))
attempt("operator.index float", lambda: operator.index(1.0))
attempt("operator.index badret", lambda: operator.index(BadRet()))
attempt("int(I)", lambda: int(I(9)))
attempt("int(B)", lambda: int(B()))
attempt("int badret", lambda: int(BadRet()))
attempt("factorial", lambda: math.factorial(I(5)))
attempt("factorial foo", lambda: math.factorial(Foo()))
attempt("comb", lambda: math.comb(I(5), I(2)))
attempt("isqrt", lambda: math.isqrt(I(17)))
attempt("gcd", lambda: math.gcd(I(12), I(18)))

print("-- list methods")
a = [1, 2, 3, 4]
attempt("pop", lambda: a.pop(I(1)))
attempt("pop neg", lambda: a.pop(I(-1)))
attempt("pop foo", lambda: a.pop(Foo()))
attempt("pop badret", lambda: a.pop(BadRet()))
a.insert(I(1), "x")
print(a)
a.insert(B(), "y")
print(a)
attempt("insert foo", lambda: a.insert(Foo(), 1))
attempt("index start", lambda: [1, 2, 3, 1].index(1, I(1)))
attempt("index foo", lambda: [1, 2, 3].index(1, Foo()))

print("-- repetition")
attempt("str*I", lambda: "ab" * I(3))
attempt("I*str", lambda: I(2) * "ab")
attempt("list*I", lambda: [1, 2] * I(2))
attempt("I*list", lambda: I(2) * [0])
attempt("tuple*I", lambda: (1,) * I(3))
attempt("str*B", lambda: "ab" * B())
attempt("str*neg", lambda: "ab" * I(-1))
attempt("str*foo", lambda: "ab" * Foo())
attempt("foo*list", lambda: Foo() * [1])
attempt("str*badret", lambda: "ab" * BadRet())
attempt("list*float", lambda: [1] * 2.0)
b = [1, 2]
b *= I(3)
print(b)
try:
    b *= Foo()
except TypeError as e:
    print(type(e).__name__, e)
t = "x"
t *= I(4)
print(t)

print("-- misc")
attempt("str.zfill", lambda: "7".zfill(I(3)))
attempt("str.center", lambda: "a".center(I(5), "*"))
attempt("str.split max", lambda: "a b c".split(" ", I(1)))
attempt("str.find start", lambda: "abcabc".find("a", I(1)))
attempt("in range", lambda: I(3) in range(5))
attempt("range.index", lambda: range(5).index(I(3)))
attempt("range.count", lambda: range(5).count(I(3)))
