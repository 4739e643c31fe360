# Nested lists and 2D operations
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m)
print([row[1] for row in m])
print([[row[i] for row in m] for i in range(3)])
print(list(zip(*m)))
print([list(r) for r in zip(*m)][::-1])
print(sum(sum(row) for row in m), max(max(row) for row in m))
print([m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
flat = [x for row in m for x in row]
print(flat)
m[1][1] = 0
print(m)
copy = [row[:] for row in m]
copy[0][0] = 99
print(m[0][0], copy[0][0])
shallow = m[:]
shallow[0][0] = -1
print(m[0][0])
for row in m:
    print(" ".join(str(x).rjust(3) for x in row))
empty = [[] for _ in range(3)]
empty[1].append("x")
print(empty)
print([[i * j for j in range(1, 5)] for i in range(1, 5)])
