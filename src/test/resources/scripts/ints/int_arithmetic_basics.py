# Basic integer arithmetic and operator precedence
print(1 + 2)
print(7 - 10)
print(6 * 7)
print(7 / 2)
print(8 / 2)
print(7 // 2)
print(7 % 3)
print(2 ** 10)
print(2 ** 0)
print(0 ** 0)
print(-2 ** 2)
print((-2) ** 2)
print(2 ** -1)
print(2 ** -2)
print(10 - 2 - 3)
print(2 ** 3 ** 2)
print(100 // 7 * 7 + 100 % 7)
print(1 + 2 * 3 - 4 / 2)
print(-7 + +3 - -2)
print(~5, ~-1, ~0)
print(- - 5)
x = 17
x += 3
print(x)
x -= 5
print(x)
x *= 4
print(x)
x //= 7
print(x)
x %= 5
print(x)
x **= 3
print(x)
x /= 4
print(x)
print(type(x).__name__)
print(type(3 // 2).__name__, type(3 / 1).__name__)
print(1_000_000 + 1)
print(0b1010, 0o17, 0xff, 0XAB, 0B11, 0O7)
print(0b_1010, 0x_ff_ff)
print(12345678901234567890 * 98765432109876543210)
