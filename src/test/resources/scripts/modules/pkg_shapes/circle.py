# Submodule of pkg_shapes: definitions only.
import math

UNIT = "cm"


def area(r):
    return round(math.pi * r ** 2, 3)


def circumference(r):
    return round(2 * math.pi * r, 3)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return area(self.r)
