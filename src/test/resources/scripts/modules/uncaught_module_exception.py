# An exception class from a helper module is shown with its module prefix
from _shapes_lib import Rect

r = Rect(3, 4)
print(r.area())
print(Rect(-2, 1).area())
