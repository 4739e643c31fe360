# % formatting with too few arguments
print("%s=%d" % ("x", 1))
print("%s=%d" % ("x",))
