# Half of an import cycle: imports _cycle_b at top, uses it only inside functions.
import _cycle_b

NAME = "A"


def ping(n):
    if n <= 0:
        return [NAME]
    return [NAME] + _cycle_b.pong(n - 1)


def partner():
    return _cycle_b.NAME
