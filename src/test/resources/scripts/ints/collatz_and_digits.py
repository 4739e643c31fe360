# Integer loops: digit sums, collatz lengths, gcd
def digit_sum(n):
    s = 0
    n = abs(n)
    while n:
        s += n % 10
        n //= 10
    return s

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

for n in [0, 7, 99, -1234, 2 ** 100, 10 ** 30 - 1]:
    print(n, digit_sum(n))
print([collatz(n) for n in range(1, 21)])
best = max(range(1, 3000), key=collatz)
print(best, collatz(best))
print(gcd(48, 18), gcd(-48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 80, 6 ** 40))
print(12 * 18 // gcd(12, 18))
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
