# CPython limits int<->str conversion to 4300 digits
big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
    print("no error", len(s))
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("7" * 4300) % 1000)
print((10 ** 5000) % 10 ** 9, (10 ** 5000 + 17) % 100)
print(len(hex(10 ** 5000)))
