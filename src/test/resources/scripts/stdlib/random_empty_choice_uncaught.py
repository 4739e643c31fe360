# random.choice on an empty sequence raises IndexError from inside random
import random
random.seed(3)
items = ["a", "b"]
print(random.choice(items))
items.clear()
print(random.choice(items))
