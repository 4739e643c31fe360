# A Matrix class with operators, indexing, equality, transpose and determinant
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            n, m = self.shape
            m2, p = other.shape
            if m != m2:
                raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
            return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
        return Matrix([[a * other for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}}" for v in r) + "]" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a * b)
print(b * a)
print(3 * a)
print(a.transpose(), a.shape, Matrix([[1, 2, 3]]).transpose().shape)
print(a * Matrix.identity(2) == a, a == b)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
m = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m.det(), Matrix.identity(4).det())
z = Matrix.zeros(2, 3)
z[1, 2] = 7
print(z)
for bad in [lambda: a + z, lambda: z * z, lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
