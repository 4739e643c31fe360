# Matrix-style nested comprehensions
n = 4
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
for row in identity:
    print(row)
a = [[r * n + c for c in range(n)] for r in range(n)]
transposed = [[a[r][c] for r in range(n)] for c in range(n)]
print(transposed)
product = [[sum(a[i][k] * identity[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
print(product == a)
flattened = [v for row in a for v in row]
print(flattened)
print([[v for v in row if v % 2] for row in a])
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(str(v) for v in row).center(30).rstrip())
coords = [(x, y) for x in range(-1, 2) for y in range(-1, 2) if (x, y) != (0, 0)]
print(coords, len(coords))
