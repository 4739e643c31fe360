# __iter__ returning self with __next__ raising StopIteration
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print("for", n)

print(list(Countdown(5)))
print(sum(Countdown(4)))
print(list(zip(Countdown(3), "abc")))
print(3 in Countdown(5), 7 in Countdown(5))
print(sorted(Countdown(4)))
print(max(Countdown(6)), min(Countdown(6)))
print(tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3})
print([x * x for x in Countdown(4)])
print(list(enumerate(Countdown(2))))
print(list(map(str, Countdown(3))))
print("-".join(str(x) for x in Countdown(3)))

it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(list(it))  # exhausted
print(iter(it) is it)

a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(4)
print(first, rest)
print(dict(zip(Countdown(2), Countdown(2))))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(50)
print(list(f))
print(list(f))  # reiterable: new iterator each time
print(sum(f), any(x > 30 for x in f))
