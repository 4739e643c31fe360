# A user exception raised from __init__ validation, uncaught
class RangeError(ValueError):
    pass


class Percent:
    def __init__(self, v):
        if not 0 <= v <= 100:
            raise RangeError(f"{v} is not a percentage")
        self.v = v


print(Percent(50).v)
Percent(150)
