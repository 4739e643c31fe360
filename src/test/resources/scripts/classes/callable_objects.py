# __call__ makes instances callable
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x, extra=0):
        self.calls += 1
        return x * self.factor + extra


double = Multiplier(2)
print(double(5), double(5, extra=1), double.calls)
print(list(map(double, [1, 2, 3])))
print(callable(double), callable(Multiplier), callable(3))
print(sorted([3, -1, 2], key=Multiplier(-1)))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value


p = Pipeline(str.strip, str.upper, lambda s: s + "!", len, Multiplier(2))
print(Pipeline(str.strip, lambda s: s + "!", str.title)("  hi there  "))
print(p("  hi  "))


class Adder:
    def __call__(self, *args, **kwargs):
        return sum(args) + sum(kwargs.values())


print(Adder()(1, 2, 3, a=10, b=20))
