# Sorting a list containing ints and strs
data = [3, 1, 2]
data.sort()
print(data)
data.append("four")
data.sort()
