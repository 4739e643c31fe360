# N-queens solver with backtracking
def solve(n):
    solutions = []
    cols = [0] * n
    used_cols = set()
    used_diag1 = set()
    used_diag2 = set()

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or row - c in used_diag1 or row + c in used_diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            used_diag1.add(row - c)
            used_diag2.add(row + c)
            place(row + 1)
            used_cols.remove(c)
            used_diag1.remove(row - c)
            used_diag2.remove(row + c)

    place(0)
    return solutions


def render(solution):
    n = len(solution)
    return ["".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n)]


def is_valid(solution):
    n = len(solution)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            c1, c2 = solution[r1], solution[r2]
            if c1 == c2 or abs(c1 - c2) == r2 - r1:
                return False
    return True


for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")
eight = solve(8)
print("first:", eight[0])
print("last:", eight[-1])
for line in render(eight[0]):
    print(" ", line)
print(all(is_valid(s) for s in eight), is_valid([0, 1, 2, 3]))
mirrored = {tuple(s[::-1]) for s in eight}
print(len(mirrored), all(list(m) in eight for m in mirrored))
