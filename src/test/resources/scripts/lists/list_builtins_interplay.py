# Lists with len, min, max, sum, any, all, sorted, reversed, enumerate
data = [12, -5, 7, 0, 33, 7, -5, 18]
print(len(data), min(data), max(data), sum(data), sum(data) / len(data))
print(any(x < 0 for x in data), all(x < 40 for x in data), any([]), all([]))
print(sorted(set(data)), data.count(7), data.index(7), data.index(-5, 2))
print(list(reversed(data)), data[::-1] == list(reversed(data)))
print([i for i, x in enumerate(data) if x == 7])
print(max(data, key=lambda x: -x), min(data, key=abs), max(enumerate(data), key=lambda p: p[1]))
print(sum([[1], [2, 3], []], []), sum([0.5, 0.25], 10))
print(list(map(abs, data)), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
evens, odds = [], []
for x in data:
    (evens if x % 2 == 0 else odds).append(x)
print(evens, odds)
running = []
acc = 0
for x in data:
    acc += x
    running.append(acc)
print(running)
print(list(range(len(data)))[::3])
print(dict(enumerate(["a", "b"])), list(enumerate("xy", 10)))
