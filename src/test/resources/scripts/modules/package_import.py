# Importing a package and its submodules in various forms
from pkg_shapes.circle import area
import pkg_shapes.circle as c
import pkg_shapes
import pkg_shapes.square
from pkg_shapes import circle, VERSION
from pkg_shapes.square import describe as describe_square

print(area(1), c.circumference(2), c.UNIT)
print(pkg_shapes.PACKAGE_NAME, VERSION)
print(pkg_shapes.circle is c, circle is c)
print(pkg_shapes.circle.area(3), pkg_shapes.square.area(4))
print(describe_square(5))
print(c.__name__, pkg_shapes.__name__, pkg_shapes.square.__name__)
print(c.Circle(2).area(), type(c.Circle(1)).__module__)
import sys
print("pkg_shapes" in sys.modules, "pkg_shapes.circle" in sys.modules, "pkg_shapes.square" in sys.modules)
print(hasattr(pkg_shapes, "circle"))
