"""More __index__ conversions: huge results, raising __index__, and less common callers."""
import collections
import itertools


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Boom:
    def __index__(self):
        raise ValueError("boom")


class Both:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


class Mul:
    def __index__(self):
        return 2

    def __rmul__(self, other):
        return "rmul"


class Foo:
    pass


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


big = I(10**30)
lst = [1, 2, 3]

print("-- huge __index__ results")
attempt("list", lambda: lst[big])
attempt("tuple", lambda: (1, 2)[big])
attempt("str", lambda: "abc"[big])
attempt("range", lambda: range(5)[big])
attempt("range neg", lambda: range(5)[I(-10**30)])
attempt("str*big", lambda: "ab" * big)
attempt("list*neg big", lambda: [1] * I(-10**30))
attempt("slice", lambda: lst[I(-10**30):big:I(10**30)])
attempt("insert", lambda: (lst.insert(big, 9), lst)[1])
attempt("hex", lambda: hex(big))
attempt("range len", lambda: range(big)[I(7)])
try:
    lst[big] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[big]
except IndexError as e:
    print(type(e).__name__, e)

print("-- raising __index__")
attempt("list", lambda: lst[Boom()])
attempt("str", lambda: "abc"[Boom()])
attempt("slice", lambda: lst[Boom():])
attempt("range", lambda: range(Boom()))
attempt("repeat", lambda: "x" * Boom())
attempt("hex", lambda: hex(Boom()))

print("-- __int__ and __index__")
attempt("int", lambda: int(Both()))
attempt("index", lambda: lst[Both()])
attempt("float", lambda: float(I(3)))
attempt("rmul first", lambda: "ab" * Mul())
attempt("rmul list", lambda: [0] * Mul())
attempt("mul I first", lambda: Mul() * "ab")

print("-- augmented and nested")
a = [10, 20, 30]
a[I(1)] += 5
print(a)
a[I(0):I(2)] = a[I(1):]
print(a)
print(f"{a[I(-1)]}")
m = [[1, 2], [3, 4]]
print(m[I(1)][I(0)])

print("-- methods")
attempt("str.ljust", lambda: "a".ljust(I(3)) + "|")
attempt("str.expandtabs", lambda: "a\tb".expandtabs(I(4)))
attempt("str.split kw", lambda: "a b c".split(maxsplit=I(1)))
attempt("str.replace count", lambda: "aaa".replace("a", "b", I(2)))
attempt("list.index", lambda: [1, 2, 1, 2].index(2, I(2), I(4)))
attempt("tuple.index", lambda: (1, 2, 1).index(1, I(1)))
attempt("str.find", lambda: "abcabc".find("c", I(3), I(6)))
attempt("str.count foo", lambda: "abc".count("a", Foo()))
attempt("enumerate", lambda: list(enumerate("ab", I(5))))
attempt("islice", lambda: list(itertools.islice("abcdef", I(1), I(5), I(2))))
attempt("deque maxlen", lambda: collections.deque([1, 2, 3], maxlen=I(2)))
attempt("slice.indices", lambda: slice(None, None, -1).indices(I(4)))
attempt("slice.indices foo", lambda: slice(1).indices(Foo()))
attempt("slice obj", lambda: lst[slice(I(1), None)])

print("-- formatting")
attempt("%x", lambda: "%x" % I(255))
attempt("%d", lambda: "%d" % I(5))
attempt("%c", lambda: "%c" % I(65))
attempt("%o", lambda: "%#o" % I(8))
attempt("%X", lambda: "%X" % I(255))
attempt("%i", lambda: "%5.3i" % I(7))
attempt("%e", lambda: "%e" % I(8))
attempt("%f", lambda: "%.1f" % I(8))
attempt("%x foo", lambda: "%x" % Foo())
attempt("%c foo", lambda: "%c" % Foo())

print("-- plain big ints")
attempt("str*-big", lambda: "ab" * -10**30)
attempt("-big*list", lambda: -10**30 * [1])
attempt("insert big", lambda: [1].insert(10**30, 1))
attempt("pop big", lambda: [1].pop(10**30))
attempt("pop I big", lambda: [1].pop(I(10**30)))
attempt("round I big", lambda: round(2.5, I(10**30)))
attempt("chr I big", lambda: chr(I(10**30)))
attempt("islice big", lambda: list(itertools.islice("ab", 10**30)))
attempt("islice foo", lambda: list(itertools.islice("ab", Foo())))
attempt("deque maxlen foo", lambda: collections.deque(maxlen=Foo()))
