# An exception with an empty message prints just the type name
print("raising ValueError('')")
raise ValueError("")
