# reduce() of an empty sequence with no initial value is a TypeError
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3]))
print(reduce(lambda a, b: a + b, []))
