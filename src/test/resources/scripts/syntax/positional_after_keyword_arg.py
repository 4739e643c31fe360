print("never printed")
print(sep="-", "a")
