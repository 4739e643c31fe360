# A class without __init__ called with arguments
class Point:
    pass


p = Point()
print(type(p).__name__)
Point(1, 2)
