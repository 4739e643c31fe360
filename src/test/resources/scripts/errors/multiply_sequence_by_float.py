# Repeating a sequence by a float
line = "-"
print(line * 3)
print(line * 2.5)
