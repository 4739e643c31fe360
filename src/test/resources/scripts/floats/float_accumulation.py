# Numeric loops with floats: averages, compound interest, Newton's method
def mean(xs):
    return sum(xs) / len(xs)

def newton_sqrt(x):
    guess = x / 2 if x > 1 else 1.0
    for _ in range(30):
        guess = (guess + x / guess) / 2
    return guess

data = [2.5, 3.5, 1.25, 8.0, -4.75, 0.1]
print(mean(data))
print(sum(data), max(data), min(data))
balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, balance, round(balance, 2))
for n in [2, 3, 10, 0.25, 1e10]:
    print(n, newton_sqrt(n), newton_sqrt(n) ** 2)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total)
x = 0.0
steps = 0
while x < 1.0:
    x += 0.1
    steps += 1
print(steps, x)
print([round(i * 0.1, 1) for i in range(10)])
celsius = [-40, 0, 36.6, 100]
print([c * 9 / 5 + 32 for c in celsius])
