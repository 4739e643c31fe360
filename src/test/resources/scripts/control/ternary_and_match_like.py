# Conditional expressions and dispatch with dicts
for n in range(-2, 3):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign, "even" if n % 2 == 0 else "odd")
values = [3, 0, None, "s", [], [1]]
print(["T" if v else "F" for v in values])
def fizzbuzz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 31)))
def http_status(code):
    table = {200: "OK", 301: "Moved", 404: "Not Found", 500: "Server Error"}
    return table.get(code, "Unknown")
print([http_status(c) for c in [200, 404, 418, 500]])
x = 10
y = (x // 2) if x > 5 else (x * 2)
print(y, (lambda v: "big" if v > 100 else "small")(x ** 3))
a, b = 3, 9
print(a if a > b else b, min(a, b) if a != b else "equal")
