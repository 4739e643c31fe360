# Float division by zero
x = 2.5
print(x / 0.5)
print(x / 0.0)
