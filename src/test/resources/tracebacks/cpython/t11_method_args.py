class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        return Point(self.x + dx, self.y)

Point(1, 2).move(1, 2)
