# Exceptions propagating out of loops and functions; StopIteration from next()
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")

print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
total = 0
for chunk in ["1", "2", "x", "4"]:
    try:
        total += int(chunk)
    except ValueError:
        print("skipping", repr(chunk))
        continue
    finally:
        print("seen", chunk)
print(total)

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    raise ValueError(f"{target!r} not found")

try:
    print(find(["a", "b"], "b"))
    print(find(["a", "b"], "z"))
except ValueError as e:
    print("ValueError:", e)

def deep(n):
    if n == 0:
        raise RuntimeError("bottom reached")
    return deep(n - 1)

try:
    deep(50)
except RuntimeError as e:
    print(e)

def recurse(n):
    return recurse(n + 1)

try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)
