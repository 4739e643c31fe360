# Unpacking too many values
pair = (1, 2)
first, second = pair
print(first, second)
first, second = [1, 2, 3]
