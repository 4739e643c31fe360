# str() of an int with more than 4300 digits
n = 10 ** 4299
print(len(str(n)))
print(len(str(n * 10)))
