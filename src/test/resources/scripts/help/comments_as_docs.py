# help() shows the comments just above a function or class that has no docstring
def deco(fn):
    return fn

# comment for f
#
def f(x):
    return x

#   indented comment text
@deco
def decorated(x):
    pass


# separated by a blank line: not shown
def g():
    pass

# comment for C
class C:
    # comment for m
    def m(self):
        pass

    #comment for n
    @staticmethod
    def n():
        pass
    x = 1  # trailing comments are not docs
    # comment for lam
    lam = lambda self: 1

    def with_doc(self):
        # a docstring wins over comments
        """The docstring."""

# for D
@deco
class D:
    pass

help(f)
help(decorated)
help(g)
help(C)
help(D)
help(C().m)
