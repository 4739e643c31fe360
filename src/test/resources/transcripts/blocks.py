def fib(n):
    """The n-th Fibonacci number."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

# a comment between statements
for i in range(3):
    if i % 2:
        print(i, "odd")
    else:
        print(i, "even")

try:
    fib("x")
except TypeError as e:
    print("caught:", e)
finally:
    print("finally")
fib(10)
Point(1, 2)
numbers = [
    1,
    2,
]
sum(numbers)
