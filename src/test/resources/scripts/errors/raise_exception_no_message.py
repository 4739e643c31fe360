# Raising an exception class without arguments
print("raising RuntimeError")
raise RuntimeError
