"""A module for help().

It has classes, functions and data.
"""
import math
from math import sqrt

__all__ = ['Thing', 'Sub', 'func', 'CONST', '_hidden']

CONST = 42
_hidden = 'h'
other = 1


class Thing:
    """A thing."""

    def go(self, speed=1):
        """Go."""


class Sub(Thing):
    pass


def func(a, b=1):
    """Func doc."""


def _private():
    pass
