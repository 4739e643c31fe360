# Bitwise operators on ints, including negatives
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 0xff, -256 & 0xff)
print(5 << 3, 40 >> 3, -40 >> 3, -1 >> 10, 1 >> 10)
print(1 << 64, (1 << 64) - 1 & 0xFFFF)
print(~0xff, ~(-256))
print(0b1100 & 0b1010 == 0b1000)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
for n in [0, 1, 5, 255, 256, -1, -255, 2**64, -(2**64)]:
    print(n, n.bit_length(), n.bit_count())
x = 0b1111
x &= 0b0101
print(x)
x |= 0b1000
print(x)
x ^= 0b0011
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print(2 ** 100 & 2 ** 100 - 1)
print((2 ** 100 | 1) - 2 ** 100)
print(-(2 ** 100) ^ 1)
