# @staticmethod and @classmethod, called on the class and on instances
class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def is_even(n):
        return n % 2 == 0

    @classmethod
    def scale(cls, x):
        return x * cls.factor

    @classmethod
    def name(cls):
        return cls.__name__


class Doubler(MathUtil):
    factor = 2


print(MathUtil.add(2, 3), MathUtil().add(4, 5))
print(MathUtil.is_even(4), MathUtil.is_even(7))
print(MathUtil.scale(10), Doubler.scale(10), Doubler().scale(10))
print(MathUtil.name(), Doubler.name(), Doubler().name())

# static methods are plain functions
f = MathUtil.add
print(f(10, 20))
print(list(filter(MathUtil.is_even, range(10))))

# classmethod sees class attribute changes
Doubler.factor = 7
print(Doubler.scale(2), MathUtil.scale(2))
