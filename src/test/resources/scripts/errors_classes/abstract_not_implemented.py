# A base-class method raising NotImplementedError reached through a subclass
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Circle(Shape):
    pass


for shape in [Square(3), Circle()]:
    print(shape.area())
