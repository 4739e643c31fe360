# reduce and partial
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0), reduce(operator.add, ["a", "b", "c"], ">"), reduce(operator.add, [5]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))

def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), square(base=6), cube_mod(3), cube_mod(3, mod=100))
print(square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print([two_to(n) for n in range(6)], two_to.args)
nested = partial(partial(power, 3), 4)
print(nested(), nested.func is power, nested.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("111", base=8))
for t in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5), lambda: partial()]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
