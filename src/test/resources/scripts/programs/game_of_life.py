# Conway's Game of Life on a small toroidal grid
WIDTH, HEIGHT = 12, 8


def parse(rows):
    cells = set()
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return cells


def neighbours(x, y):
    result = []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                result.append(((x + dx) % WIDTH, (y + dy) % HEIGHT))
    return result


def step(cells):
    counts = {}
    for (x, y) in cells:
        for n in neighbours(x, y):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def render(cells):
    return ["".join("#" if (x, y) in cells else "." for x in range(WIDTH)) for y in range(HEIGHT)]


start = parse([
    "............",
    "..#.........",
    "...#........",
    ".###........",
    "............",
    "........###.",
    "............",
    "............",
])
cells = start
history = []
for gen in range(5):
    print(f"generation {gen}: {len(cells)} alive")
    for row in render(cells):
        print("  " + row)
    history.append(sorted(cells))
    cells = step(cells)
for gen in range(5, 48):
    cells = step(cells)
print("after 48 generations:", len(cells), "alive")
print("bounding box:", min(x for x, _ in cells), max(x for x, _ in cells), min(y for _, y in cells), max(y for _, y in cells))
blinker = parse(["...", "###", "..."])
print(sorted(step(blinker)), sorted(step(step(blinker))) == sorted(blinker))
print(history[0][:3], len(history))
