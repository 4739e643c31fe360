# while loops: counting, searching, digit manipulation
n = 1234567
rev = 0
while n > 0:
    rev = rev * 10 + n % 10
    n //= 10
print(rev)
lo, hi = 0, 10 ** 12
target = 123456789
steps = 0
while lo < hi:
    mid = (lo + hi) // 2
    steps += 1
    if mid * mid < target:
        lo = mid + 1
    else:
        hi = mid
print(lo, steps, lo * lo >= target, (lo - 1) ** 2 < target)
a, b = 0, 1
fibs = []
while a < 1000:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 27
path = [x]
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    path.append(x)
print(len(path), max(path))
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
else:
    print("reached zero")
bits = []
v = 37
while v:
    bits.append(v & 1)
    v >>= 1
print(bits[::-1], bin(37))
