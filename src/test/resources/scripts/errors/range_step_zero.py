# range() with a zero step
print(list(range(0, 10, 5)))
print(list(range(0, 10, 0)))
