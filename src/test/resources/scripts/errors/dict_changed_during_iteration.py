# Mutating a dict while iterating over it
counts = {"a": 1, "b": 2}
for key in counts:
    print("visiting", key)
    counts[key + key] = 0
