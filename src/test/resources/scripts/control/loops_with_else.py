# for/while with else, break and continue
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print("loop", i)
else:
    print("never printed")
for ch in "":
    print("never")
else:
    print("empty for still runs else")
for x in range(10):
    if x % 2:
        continue
    if x > 6:
        break
    print("even", x)
else:
    print("not reached")
count = 0
while count < 100:
    count += 7
print(count)
target = 42
for attempt in [10, 30, 42, 50]:
    if attempt == target:
        print("found", attempt)
        break
else:
    print("not found")
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == b:
            continue
        print("pair", a, b)
