# __getitem__/__setitem__/__delitem__ with ints, slices, and string keys
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}

    def _check(self, i):
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range")

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        self._check(i)
        return self.data.get(i, 0)

    def __setitem__(self, i, v):
        self._check(i)
        if v == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = v

    def __delitem__(self, i):
        self._check(i)
        del self.data[i]

    def __len__(self):
        return self.size


s = Sparse(6)
s[1] = 10
s[4] = 40
s[5] = 50
print(s[0], s[1], s[4])
print(s[:], s[1:5], s[::2], s[::-1])
s[5] = 0
print(s.data)
del s[4]
print(s.data)
try:
    s[9] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del s[3]
except KeyError as e:
    print("KeyError:", e)

s[2] += 7
s[2] *= 3
print(s[2])


class Record:
    def __init__(self):
        self.fields = {}

    def __getitem__(self, key):
        return self.fields[key.lower()]

    def __setitem__(self, key, value):
        self.fields[key.lower()] = value


r = Record()
r["Name"] = "ada"
r["AGE"] = 36
print(r["name"], r["Age"], r.fields)
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)

# tuple keys
class Grid:
    def __getitem__(self, pos):
        row, col = pos
        return row * 10 + col


g = Grid()
print(g[2, 3], g[(0, 9)])
