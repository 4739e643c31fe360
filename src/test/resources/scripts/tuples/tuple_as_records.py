# Tuples as lightweight records and dictionary keys
points = [(3, 4), (-1, 2), (0, 0), (5, -5), (3, -4)]
print(sorted(points))
print(sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(points, key=lambda p: p[1]), min(points))
dist = {p: abs(p[0]) + abs(p[1]) for p in points}
print(dist)
print(dist[(3, 4)], (0, 0) in dist, dist.get((9, 9), "far"))
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], len(grid))
print([k for k, v in grid.items() if v % 4 == 0])
record = ("Widget", 9.99, 3, ("blue", "large"))
name, price, qty, (color, size) = record
print(f"{name}: {qty} x {price} = {qty * price:.2f} ({color}, {size})")
inventory = [("apple", 5), ("pear", 0), ("plum", 12)]
in_stock = tuple(name for name, n in inventory if n)
print(in_stock, type(in_stock).__name__)
print(tuple(sorted(in_stock, reverse=True)))
print(list(zip(*inventory)))
