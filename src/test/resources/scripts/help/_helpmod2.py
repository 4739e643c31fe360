# A module without a docstring:
# these comments describe it.

X = [1, 2]
NAME = 'two'


class A:
    pass


class B(A):
    "B doc."


class C(ValueError):
    pass


def f(x, *rest):
    pass


def _g():
    pass
