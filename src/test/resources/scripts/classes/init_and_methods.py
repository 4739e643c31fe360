# __init__, methods calling other methods, default arguments
class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        self.history = []

    def tick(self, times=1):
        for _ in range(times):
            self.value += self.step
            self.history.append(self.value)
        return self

    def reset(self):
        self.history.clear()
        self.value = 0

    def describe(self):
        return f"Counter(value={self.value}, step={self.step}, ticks={len(self.history)})"


c = Counter()
c.tick()
c.tick(3)
print(c.describe())
print(c.history)

d = Counter(10, step=-2).tick(2).tick()
print(d.describe(), d.history)

d.reset()
print(d.describe())

e = Counter(step=5)
print(Counter.describe(e))
print(Counter.tick(e, 2).value)


class Empty:
    pass


x = Empty()
x.anything = 42
print(x.anything)
print(type(x).__name__)
