# Slice bounds clamping, negative steps and slice objects
s = list(range(10))
cases = [(None, None, None), (2, None, None), (None, 3, None), (-2, None, None), (None, -2, None), (3, 7, 2),
         (7, 3, -1), (None, None, -1), (None, None, -3), (-1, -11, -1), (15, None, -1), (None, 15, None), (-15, 3, None),
         (5, 5, None), (8, 2, None), (2, 8, -1), (0, 10, 3), (9, None, -4), (-3, -1, None), (1, -1, 2)]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(start, stop, step, s[sl], "abcdefghij"[sl], tuple(s)[sl] == tuple(s[sl]))
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1))
print(sl.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(range(10)[sl], "hello world"[sl])
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::-2], t[10:], t[:-10])
