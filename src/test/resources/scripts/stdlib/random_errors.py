# random's argument errors and their messages
import random

random.seed(0)
tests = [
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randrange(1.5),
    lambda: random.choice([]),
    lambda: random.sample([1, 2, 3], 5),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.choices("ab", weights=[1], k=2),
    lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: random.getrandbits(-1),
    lambda: random.seed([1, 2]),
    lambda: random.gammavariate(-1, 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
