# Calling a method with too many positional arguments
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx


p = Point(0, 0)
p.move(1)
print(p.x)
p.move(1, 2)
