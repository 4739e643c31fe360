# Modulo by zero
for d in [3, 2, 1, 0]:
    print(17, "%", d, "=", 17 % d)
