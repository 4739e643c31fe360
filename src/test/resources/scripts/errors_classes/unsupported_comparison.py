# Sorting instances without ordering methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pts = [Point(2, 1), Point(1, 2)]
print(pts)
print(sorted(pts))
