# Float power overflow
print(2.0 ** 1000)
print(2.0 ** 2000)
