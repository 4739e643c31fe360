# str.join over non-strings
parts = ["a", "b"]
print(",".join(parts))
print(",".join([1, 2, 3]))
