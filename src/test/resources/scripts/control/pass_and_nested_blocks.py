# pass, empty bodies, nested blocks and one-line statements
def stub():
    pass

for i in range(3):
    pass
print(stub(), i)
if True:
    pass
else:
    print("unreachable")
x = 0; y = 1; z = x + y
print(x, y, z)
for i in range(3): print("one-liner", i)
while z < 4: z += 1
print(z)
total = 0
for a in range(4):
    if a % 2 == 0:
        for b in range(a):
            if b:
                total += a * b
            else:
                total -= 1
    else:
        while a > 0:
            a -= 2
            total += 1
print(total)
data = [[1, 2], [3], [], [4, 5, 6]]
for row in data:
    if not row:
        print("empty row")
        continue
    for v in row:
        if v == 5:
            print("found five")
            break
    else:
        print("no five in", row)
