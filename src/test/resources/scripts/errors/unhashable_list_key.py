# Using a list as a dict key
index = {}
index[(1, 2)] = "tuple ok"
print(index)
index[[1, 2]] = "list fails"
