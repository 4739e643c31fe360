# __hash__ and __eq__ let objects serve as dict keys and set members
class Coord:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"C({self.x},{self.y})"


grid = {Coord(0, 0): "origin", Coord(1, 2): "a"}
print(grid[Coord(0, 0)], grid[Coord(1, 2)])
grid[Coord(0, 0)] = "ORIGIN"
print(len(grid), grid)
print(Coord(1, 2) in grid, Coord(2, 1) in grid)

s = {Coord(1, 1), Coord(1, 1), Coord(2, 2)}
print(len(s), Coord(2, 2) in s)
print(sorted(s, key=lambda c: (c.x, c.y)))
print(hash(Coord(3, 4)) == hash(Coord(3, 4)))


# default objects hash by identity: distinct instances are distinct keys
class Plain:
    pass


p1, p2 = Plain(), Plain()
d = {p1: 1, p2: 2}
print(len(d), d[p1], d[p2])
print(p1 == p1, p1 == p2)
print(len({p1, p1, p2}))


class ConstHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return self.v == other.v


print(hash(ConstHash(1)))
print(len({ConstHash(1), ConstHash(2), ConstHash(1)}))


class Hashable:
    def __hash__(self):
        return -1


print(hash(Hashable()))
