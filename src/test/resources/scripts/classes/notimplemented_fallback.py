# Returning NotImplemented: reflected fallback, then TypeError
class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, A):
            return A(self.v + other.v)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented


class B:
    pass


print((A(1) + A(2)).v)
try:
    A(1) + B()
except TypeError as e:
    print(e)
try:
    B() + A(1)
except TypeError as e:
    print(e)
try:
    A(1) + 5
except TypeError as e:
    print(e)
try:
    A(1) < B()
except TypeError as e:
    print(e)
try:
    A(1) >= 3
except TypeError as e:
    print(e)
try:
    A(1) - A(2)
except TypeError as e:
    print(e)
try:
    -A(1)
except TypeError as e:
    print(e)
try:
    A(1) * 2
except TypeError as e:
    print(e)
try:
    2 ** A(1)
except TypeError as e:
    print(e)
# == falls back to identity when both sides return NotImplemented
a = A(1)
print(a == B(), a != B(), a == a)
print(A(1) == A(1), A(1) != A(2))
print(NotImplemented.__class__.__name__, repr(NotImplemented))
