# Using user exceptions for non-local exits from nested searches
class Found(Exception):
    def __init__(self, where, value):
        super().__init__(where, value)
        self.where = where
        self.value = value


def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise Found((r, c), v)
    except Found as f:
        return f.where
    return None


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 6), search(grid, 1), search(grid, 10))


class Abort(Exception):
    pass


def walk(tree, depth=0, limit=2):
    if depth > limit:
        raise Abort(f"depth {depth} exceeds limit {limit}")
    name, children = tree
    out = [("  " * depth) + name]
    for child in children:
        out.extend(walk(child, depth + 1, limit))
    return out


tree = ("root", [("a", [("a1", []), ("a2", [("deep", [("deeper", [])])])]), ("b", [])])
for limit in [5, 2]:
    try:
        print("\n".join(walk(tree, limit=limit)))
    except Abort as e:
        print("aborted:", e)


def first_even(nums):
    try:
        for n in nums:
            if n % 2 == 0:
                raise StopIteration(n)
    except StopIteration as s:
        return s.value
    return "none"


print(first_even([1, 3, 8, 10]), first_even([1, 3]))
