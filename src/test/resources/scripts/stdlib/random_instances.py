# Independent Random instances, state save/restore, str and float seeds
import random

a = random.Random(10)
b = random.Random(10)
print([a.randint(0, 9) for _ in range(10)] == [b.randint(0, 9) for _ in range(10)])
print(a.random(), b.random())
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
r = random.Random("hello world")
print(r.random(), r.randint(1, 6))
r = random.Random(3.14)
print(r.random())
r.seed("abc", version=1)
print(r.random())
random.seed(1)
x = random.random()
random.seed(1)
print(x == random.random(), type(random.Random()).__name__)
class Loaded(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Loaded(5)
print([d.roll() for _ in range(10)])
