# Slice reads, slice assignment and slice deletion
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::2], a[::-1], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:2] = []
print(b)
b[-1:] = "END"
print(b)
c = list(range(10))
c[::2] = [0] * 5
print(c)
c[1::3] = ["a", "b", "c"]
print(c)
c[::-3] = [9, 9, 9, 9]
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
e[len(e):] = [4, 5]
e[0:0] = [0]
print(e)
e[1:4] = e[1:4][::-1]
print(e)
try:
    e[::2] = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
try:
    e[::0]
except ValueError as ex:
    print("ValueError:", ex)
f = [1, 2, 3, 4]
f[1:3] = range(3)
print(f)
f[5:10] = [7]
print(f)
g = [1, 2, 3]
g[-5:-4] = ["front"]
print(g)
