# str.format with too few arguments
print("{} + {} = {}".format(1, 2, 3))
print("{} + {} = {}".format(1, 2))
