# choice, shuffle, sample and choices consume the generator as CPython does
import random

random.seed(7)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.choice("xyz"), random.choice(range(1000)))
print(random.sample(range(100), 10))
print(random.sample(deck, 5), random.sample("abcdefg", 7))
print(random.sample(range(10**6), 8))
print(random.choices("abc", k=8))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 5], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
print(random.sample(["a", "b", "c"], k=6, counts=[3, 2, 1]))
letters = list("abcdefghij")
for _ in range(3):
    random.shuffle(letters)
    print("".join(letters))
