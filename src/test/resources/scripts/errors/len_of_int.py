# len() of an int
print(len("123"))
print(len(123))
