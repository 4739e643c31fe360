# any() and all() short-circuit
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 0, 1]), all([1, 1, 0]))
print(any("abc"), all(""), any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
seen = []

def check(v):
    seen.append(v)
    return v > 2

print(any(check(v) for v in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(v) for v in [3, 4, 1, 5]), seen)
grid = [[1, 2], [3, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid), all(map(bool, [1, 2])))
words = ["Apple", "Banana", "cherry"]
print(all(w[0].isupper() for w in words), any(w.islower() for w in words))
print(any({}), any({0: 1}), all({1: 0}), any(range(0)), all(range(1, 4)))
