# Matrix operations on lists of lists
def zeros(r, c):
    return [[0] * c for _ in range(r)]


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def shape(m):
    return (len(m), len(m[0]) if m else 0)


def add(a, b):
    if shape(a) != shape(b):
        raise ValueError(f"shape mismatch {shape(a)} vs {shape(b)}")
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]


def mul(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"cannot multiply {shape(a)} by {shape(b)}")
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mul(result, m)
        m = mul(m, m)
        k >>= 1
    return result


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * determinant(minor)
    return total


def show(name, m):
    print(name + ":")
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a x b", mul(a, b))
show("b x a", mul(b, a))
show("a^T", transpose(a))
show("a + a", add(a, a))
fib = [[1, 1], [1, 0]]
show("fib^10", power(fib, 10))
print("fib(90) =", power(fib, 90)[0][1])
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(m3) =", determinant(m3))
print("det(I4) =", determinant(identity(4)))
print("det(float) =", determinant([[0.5, 1.5], [2.0, 0.25]]))
for f, args in [(add, (a, b)), (mul, (a, a))]:
    try:
        f(*args)
    except ValueError as e:
        print("ValueError:", e)
