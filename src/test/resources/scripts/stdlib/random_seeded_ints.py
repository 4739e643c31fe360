# random.seed gives CPython's exact Mersenne Twister sequences
import random

for seed in [0, 1, 42, 12345, 2**40 + 7, -5, 2**100]:
    random.seed(seed)
    print(seed, [random.randint(1, 100) for _ in range(10)])
random.seed(42)
print([random.randrange(10) for _ in range(8)], [random.randrange(5, 50, 5) for _ in range(6)])
print([random.randrange(100, 0, -7) for _ in range(5)])
print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
print(random.randint(-10**30, 10**30), random.randrange(2**70))
