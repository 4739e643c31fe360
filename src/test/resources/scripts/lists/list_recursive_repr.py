# Self-referencing containers print with ...
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
b = [a, [a]]
print(b)
c = []
c.append(c)
c.append(c)
print(c)
d = {"k": [1]}
d["k"].append(d)
print(d)
t = ([],)
t[0].append(t)
print(t)
print(str(a) == repr(a))
