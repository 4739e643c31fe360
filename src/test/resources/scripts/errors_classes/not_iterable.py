# A for loop over an instance without __iter__ or __getitem__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print("looping")
for coord in p:
    print(coord)
