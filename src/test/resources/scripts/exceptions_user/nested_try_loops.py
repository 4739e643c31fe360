# Nested try blocks inside loops: continue/break with handlers and else clauses
class Skip(Exception):
    pass


class Stop(Exception):
    pass


def process(item):
    if item < 0:
        raise Skip(f"negative {item}")
    if item == 0:
        raise Stop("zero reached")
    if item > 100:
        raise ValueError(f"too large {item}")
    return item * 2


data = [5, -1, 7, 200, -3, 9, 0, 4]
results = []
errors = []
for item in data:
    try:
        try:
            v = process(item)
        except ValueError as e:
            errors.append(str(e))
            v = 100
        else:
            results.append("ok")
        results.append(v)
    except Skip as e:
        errors.append(str(e))
        continue
    except Stop as e:
        errors.append(str(e))
        break
    finally:
        results.append("|")
else:
    print("loop finished without break")
print(results)
print(errors)

grid = [[1, 2, "x"], [3, None, 4], [5, 6, 7]]
total = 0
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        try:
            total += cell
        except TypeError as e:
            print(f"({r},{c}) skipped: {e}")
print("total", total)

attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise ConnectionError(f"attempt {attempt} failed")
        print("connected on attempt", attempt)
        break
    except ConnectionError as e:
        print(e)
for x in range(3):
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else", x)
