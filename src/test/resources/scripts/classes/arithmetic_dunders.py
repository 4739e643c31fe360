# Arithmetic dunders: + - * / // % ** unary - + abs
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __truediv__(self, k):
        return Money(round(self.cents / k))

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return Money(self.cents % k)

    def __pow__(self, k):
        return Money(self.cents ** k)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return Money(abs(self.cents))

    def __abs__(self):
        return Money(abs(self.cents))


a = Money(1050)
b = Money(275)
print(a + b, a - b, b - a)
print(a * 3, a / 4, a // 4, a % 400)
print(Money(3) ** 3)
print(-a, +Money(-5), abs(Money(-1234)))
print(a + b * 2 - Money(1))
total = Money(0)
for m in [a, b, Money(5)]:
    total = total + m
print(total)
print(sum([Money(1), Money(2)], Money(0)))


class Vec:
    def __init__(self, *c):
        self.c = c

    def __mul__(self, other):
        if isinstance(other, Vec):
            return sum(x * y for x, y in zip(self.c, other.c))
        return Vec(*(x * other for x in self.c))

    def __matmul__(self, other):
        return "matmul"

    def __repr__(self):
        return f"Vec{self.c}"


print(Vec(1, 2) * Vec(3, 4), Vec(1, 2) * 3)
print(pow(Money(2), 10))
