# An exception with several args prints the args tuple
print("raising with two args")
raise ValueError("bad value", 42)
