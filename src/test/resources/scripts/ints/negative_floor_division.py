# Floor division and modulo round toward negative infinity
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (1, -5), (-1, -5),
         (6, 3), (-6, 3), (6, -3), (12345, 100), (-12345, 100), (2**70, 7), (-(2**70), 7), (2**70, -7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
print(-1 // 10**30, -1 % 10**30)
print(10**30 // -3, 10**30 % -3)
print(-17 // 1, -17 % 1)
x = -9
x //= 4
print(x)
x = -9
x %= 4
print(x)
