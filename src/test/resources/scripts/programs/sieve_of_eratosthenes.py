# Sieve of Eratosthenes and some prime statistics
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


def prime_factors(n, primes):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum below 1000:", sum(p for p in primes if p < 1000))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), twins[:6], twins[-1])
gaps = [q - p for p, q in zip(primes, primes[1:])]
max_gap = max(gaps)
i = gaps.index(max_gap)
print("largest gap:", max_gap, "between", primes[i], "and", primes[i + 1])
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143, 9999991]:
    print(n, "=", format_factors(prime_factors(n, primes)))
last_digits = {}
for p in primes:
    last_digits[p % 10] = last_digits.get(p % 10, 0) + 1
print("last digits:", dict(sorted(last_digits.items())))
goldbach = {}
prime_set = set(primes)
for even in range(4, 101, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print("goldbach:", [goldbach[n] for n in (4, 28, 64, 98, 100)])
