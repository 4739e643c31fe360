# Calling a method with a missing argument
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scale(self, fx, fy):
        return Rect(self.w * fx, self.h * fy)


r = Rect(2, 3).scale(2, 2)
print(r.w, r.h)
r.scale(3)
