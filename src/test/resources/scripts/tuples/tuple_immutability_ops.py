# Tuple operations producing new tuples
t = (5, 3, 8)
t2 = t + (1,)
print(t, t2, t is t2)
t += (0,)
print(t)
t *= 2
print(t)
print(t[1:3], t[::2], t[-2:], t[:0])
print(tuple(reversed(t)), tuple(sorted(t)), tuple(x * 2 for x in t))
print(t.count(5), t.index(8), len(t))
a = (1, [2, 3])
try:
    a[1] += [4]
except TypeError as e:
    print("TypeError:", e)
print(a)
print(tuple(map(str, range(3))), tuple(filter(None, (0, 1, 2, None, 3))))
print(("a",) * 0, ((),), len(((),)), bool(()), bool(((),)))
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
