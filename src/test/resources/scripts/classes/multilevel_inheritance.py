# Multi-level inheritance: lookup walks up the chain
class A:
    def __init__(self):
        self.trail = ["A"]

    def who(self):
        return "A"

    def chain(self):
        return "A"

    def only_a(self):
        return "only in A"


class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")

    def who(self):
        return "B"

    def chain(self):
        return "B>" + super().chain()


class C(B):
    def __init__(self):
        super().__init__()
        self.trail.append("C")

    def chain(self):
        return "C>" + super().chain()


class D(C):
    def who(self):
        return "D(" + super().who() + ")"


for cls in [A, B, C, D]:
    obj = cls()
    print(cls.__name__, obj.who(), obj.chain(), obj.trail, obj.only_a())

d = D()
print(isinstance(d, A), isinstance(d, B), isinstance(d, C))
print(issubclass(D, A), issubclass(A, D), issubclass(D, D))
print([k.__name__ for k in D.__mro__])
print(D.__base__.__name__, C.__base__.__name__)
