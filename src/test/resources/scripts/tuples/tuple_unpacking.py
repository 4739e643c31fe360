# Unpacking: simple, nested, starred, swapping, in loops
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b, c = [1, 2]
print(a, b, c)
*everything, = (7, 8)
print(everything)
(a, *b), c = "abc", 5
print(a, b, c)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
i = j = k = 0
print(i, j, k)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 99
print(idx, lst)
a, b, *c = 1, 2
print(a, b, c)
t = 1, 2, 3
print(t, *t, [*t, *"ab"], (*t,), {*t})
def swap3(a, b, c):
    return c, a, b
print(swap3(1, 2, 3))
r1, r2, r3 = swap3(*range(3))
print(r1, r2, r3)
for bad in [[1, 2, 3], [1], 5]:
    try:
        u, v = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
