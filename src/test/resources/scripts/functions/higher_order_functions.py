# Functions taking and returning functions
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier("ab")(3))

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run

pipeline = compose(str, double, lambda v: v + 1)
print(repr(pipeline(4)))

def my_map(fn, seq):
    return [fn(x) for x in seq]

def my_filter(pred, seq):
    return [x for x in seq if pred(x)]

def my_reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc

nums = list(range(1, 11))
print(my_map(triple, nums))
print(my_filter(lambda n: n % 4 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1), my_reduce(max, [3, 9, 2], 0))
print(my_reduce(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))

def counter_factory():
    count = [0]
    def tick():
        count[0] += 1
        return count[0]
    return tick

t1 = counter_factory()
t2 = counter_factory()
print(t1(), t1(), t1(), t2())
sorters = {"asc": lambda xs: sorted(xs), "desc": lambda xs: sorted(xs, reverse=True)}
print(sorters["asc"]([3, 1, 2]), sorters["desc"]([3, 1, 2]))
