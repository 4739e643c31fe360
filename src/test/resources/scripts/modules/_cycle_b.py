# Other half of the import cycle.
import _cycle_a

NAME = "B"


def pong(n):
    if n <= 0:
        return [NAME]
    return [NAME] + _cycle_a.ping(n - 1)


def partner():
    return _cycle_a.NAME
