# Big-integer factorials, Fibonacci numbers and digit statistics
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    def helper(k):
        if k == 0:
            return (0, 1)
        a, b = helper(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return helper(n)[0]


def digit_sum(n):
    return sum(int(d) for d in str(n))


def trailing_zeros(n):
    count = 0
    while n % 10 == 0 and n:
        n //= 10
        count += 1
    return count


for n in [0, 1, 5, 10, 20, 21, 25, 50, 100]:
    f = factorial(n)
    print(f"{n}! has {len(str(f))} digits, digit sum {digit_sum(f)}, {trailing_zeros(f)} trailing zeros")
print(factorial(30))
print(factorial(52))
f100 = factorial(100)
print(str(f100)[:30] + "...", len(str(f100)))
print([fib(i) for i in range(20)])
print(fib(100), fib_fast(100), fib(100) == fib_fast(100))
print(fib_fast(1000) % 10 ** 12, len(str(fib_fast(1000))))
first_1000_digits = next(i for i in range(1, 10000) if len(str(fib(i))) >= 100)
print("first fib with 100 digits:", first_1000_digits)
print(factorial(25) // factorial(23), factorial(20) / factorial(18))
binom = factorial(60) // (factorial(30) * factorial(30))
print("C(60,30) =", binom, binom.bit_length())
print(2 ** 256 - 1)
print((2 ** 127 - 1) % 1000000007, pow(3, 10 ** 18, 10 ** 9 + 7))
print(sum(int(d) for d in str(2 ** 1000)))
