# list.remove of a missing value
stack = [1, 2, 3]
stack.remove(2)
print(stack)
stack.remove(5)
