# help() on functions: every parameter shape, defaults as reprs, annotations, long signatures
import functools


def f(a, b=2, *c, d, e='x', **kw):
    """Do things.

        Indented more.
    Last line.
    """
    return a


def no_doc():
    pass


def one_line(a, /, b, *, c=None):
    "One line."


def only_kw(*, a, b=2):
    pass


def only_star(*args):
    pass


def only_kwargs(**kwargs):
    pass


def posonly(a, b, /):
    pass


def posonly_default(a, b=1, /, c=2):
    pass


def defaults(a=None, b=True, c=1.5, d=(1,), e='s\n', f=[], g={'k': 1}, h=-1, i=2 ** 70):
    pass


def long_function_name(alpha, beta, gamma, delta, epsilon, zeta=1, eta=2, theta=3, iota=4):
    """The parameters no longer fit on one line."""


def annotated(a: int, b: str = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    pass


def string_annotations(x: 'Node', y: 'int' = 3) -> None:
    """String annotations."""


def tabbed():
    """First line.

	Tab-indented line.
    """


def outer():
    def inner(q, *, r):
        "Inner doc."
    return inner


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b=1):
    """Wrapped doc."""


square = lambda x, y=[1, 2]: x * y

for fn in (f, no_doc, one_line, only_kw, only_star, only_kwargs, posonly, posonly_default, defaults,
           long_function_name, annotated, string_annotations, tabbed, outer(), wrapped, square):
    help(fn)
