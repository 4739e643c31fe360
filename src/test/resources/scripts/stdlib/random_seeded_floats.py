# random(), uniform(), gauss() and friends match CPython for a fixed seed
import random

random.seed(2024)
print([random.random() for _ in range(5)])
print([random.uniform(1, 10) for _ in range(3)], random.uniform(5, -5))
print([random.gauss(0, 1) for _ in range(4)])
print([random.gauss(100, 15) for _ in range(3)])
print(random.normalvariate(0, 1), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.betavariate(2, 5), random.gammavariate(2.5, 1.0), random.lognormvariate(0, 0.5))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(1, 2))
print(random.binomialvariate(10, 0.3), random.binomialvariate(100, 0.5))
for seed in [1, 99]:
    random.seed(seed)
    print(seed, random.random(), random.random())
