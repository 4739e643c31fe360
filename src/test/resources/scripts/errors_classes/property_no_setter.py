# Assigning to a read-only property
class P:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x


p = P()
print(p.x)
p.x = 2
