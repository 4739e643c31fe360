# for loops over ranges with various steps
for i in range(3):
    print("up", i)
for i in range(3, 0, -1):
    print("down", i)
for i in range(0, 20, 7):
    print("step", i)
for i in range(5, 5):
    print("never")
total = 0
for i in range(1, 1001):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
print([i for i in range(-10, 11, 5)], [i for i in range(10, -11, -5)])
evens = list(range(0, 11, 2))
odds = list(range(1, 11, 2))
print(evens, odds, [e + o for e, o in zip(evens, odds)])
for i in range(len("abc")):
    print(i, "abc"[i])
r = range(2, 30, 4)
print(list(r), r[1:4], list(r[1:4]), r.index(10), len(r))
n = 0
for i in range(10):
    for j in range(i):
        n += 1
print(n)
