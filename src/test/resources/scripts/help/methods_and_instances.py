# help() on bound methods, class and static methods, properties and instances
class Point:
    """A point."""

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def move(self, dx, dy=0):
        """Move by (dx, dy)."""
        self.x += dx

    def undocumented(self, *args):
        pass

    @classmethod
    def origin(cls):
        """The origin."""
        return cls()

    @staticmethod
    def distance(a, b):
        """Distance between two points."""
        return 0

    @property
    def norm(self):
        """The norm."""
        return 0


class Point3(Point):
    def move(self, dx, dy=0, dz=0):
        pass


p = Point(1, 2)
help(p.move)
help(p.undocumented)
help(p.origin)
help(Point.origin)
help(p.distance)
help(Point.move)
help(Point.norm)
help(Point3(1).move)
help(Point3.origin)
help(p)
help(Point3())
