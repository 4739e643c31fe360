# Raising something that is not an exception
value = 42
print("raising", value)
raise value
