# help() on classes: constructor line, docstring and every section of pydoc's class page
class Base:
    """Base class.

    With more doc.
    """
    items = [1, 2, 3]
    mapping = {'b': 2, 'a': 1}
    name = "base"
    flag = True
    nothing = None
    big = list(range(30))
    longstr = "x" * 120
    path = 'C:\\temp'
    number = 3.25
    huge = 10 ** 50
    pair = (1, 'a')
    single = (1,)
    letters = {'c', 'a', 'b'}

    def __init__(self, a, b=2):
        self.a = a

    def __repr__(self):
        return 'Base()'

    def __str__(self):
        "Custom str."
        return 'b'

    def __len__(self):
        return 0

    def __eq__(self, other):
        return True

    def __lt__(self, other):
        return False

    def hello(self, name, *, greeting='hi'):
        """Say hello.

        Longer description
          indented.
        """

    def _private(self):
        pass

    @property
    def value(self):
        """The value."""
        return 1

    @value.setter
    def value(self, v):
        pass

    @property
    def readonly(self):
        """Read only."""
        return 2

    @property
    def undocumented(self):
        return 3

    @classmethod
    def make(cls, *args):
        """Make one."""
        return cls(1)

    @staticmethod
    def util(x, y=0):
        return x

    alias = hello
    square = lambda self: 1


class Empty:
    pass


class NoInit:
    """Only a docstring."""


class Child(Base):
    """Child class."""
    extra = 1

    def hello(self, name, *, greeting='yo'):
        pass

    def __str__(self):
        return 'c'

    def child_only(self):
        "Only in child."

    @property
    def readonly(self):
        return 5


class GrandChild(Child):
    def __init__(self):
        pass


for cls in (Base, Empty, NoInit, Child, GrandChild):
    help(cls)
