# Indexing an instance without __getitem__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print(p.x)
print(p[0])
