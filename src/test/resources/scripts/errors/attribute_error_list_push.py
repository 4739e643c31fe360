# Calling a method that lists do not have
stack = []
stack.append(1)
print(stack)
stack.push(2)
