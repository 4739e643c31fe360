# Unpacking too few values
a, b, c = 1, 2, 3
print(a, b, c)
x, y, z = [1, 2]
