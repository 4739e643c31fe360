# Unbounded recursion in a method raises RecursionError
class Node:
    def __init__(self):
        self.parent = self

    def depth(self):
        return 1 + self.parent.depth()


n = Node()
print("computing depth")
print(n.depth())
