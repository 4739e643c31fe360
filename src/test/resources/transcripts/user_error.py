def divide(a, b):
    return a / b

def average(values):
    return divide(sum(values), len(values))

average([1, 2, 3])
average([])
print("still running")
class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

Stack().pop()
undefined_name
