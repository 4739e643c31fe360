# math functions keep big ints exact and take __index__ objects
import math

class Seven:
    def __index__(self):
        return 7

print(math.factorial(Seven()), math.comb(Seven(), 2), math.isqrt(Seven()))
print(math.factorial(30) // math.factorial(28), math.comb(60, 30), math.perm(20, 10))
print(math.isqrt(2**100), math.isqrt(2**100 - 1), math.isqrt(0), math.isqrt(True))
print(math.gcd(*range(12, 100, 6)), math.lcm(*range(1, 21)))
print([math.isqrt(n) for n in range(0, 30, 3)])
print(sum(math.comb(10, k) for k in range(11)), 2**10)
print(math.trunc(12.99), math.trunc(-0.5), math.floor(-0.5), math.ceil(-0.5))
print(math.floor(2**80 + 0.0), math.ceil(-2.0**70))
