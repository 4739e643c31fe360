# Comprehension variables do not leak; closures in comprehensions
x = "outer"
result = [x for x in range(3)]
print(x, result)
i = 100
squares = {i: i * i for i in range(3)}
print(i, squares)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([f() for f in funcs2])
factor = 10
print([factor * k for k in range(3)])

def make():
    base = 5
    return [base + j for j in range(3)]

print(make())
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row if v != row[0]])
y = 7
print([y for _ in range(2)], [[y + z for z in range(2)] for y in range(2)], y)
try:
    print(n)
except NameError as e:
    print("NameError:", e)

def outer():
    vals = []
    total = 0
    for v in [v * 2 for v in range(4)]:
        total += v
        vals.append(v)
    return total, vals

print(outer())
