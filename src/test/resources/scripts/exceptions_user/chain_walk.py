# Walking __cause__ / __context__ the way traceback printing does
class LowLevel(Exception):
    pass


class MidLevel(Exception):
    pass


class HighLevel(Exception):
    pass


def low():
    raise LowLevel("socket closed")


def mid():
    try:
        low()
    except LowLevel as e:
        raise MidLevel("read failed") from e


def high():
    try:
        mid()
    except MidLevel:
        raise HighLevel("request failed")


def describe_chain(exc):
    lines = []
    while exc is not None:
        lines.append(f"{type(exc).__name__}: {exc}")
        if exc.__cause__ is not None:
            lines.append("  [direct cause]")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            lines.append("  [during handling]")
            exc = exc.__context__
        else:
            exc = None
    return lines


try:
    high()
except HighLevel as e:
    for line in describe_chain(e):
        print(line)

print("---")
try:
    try:
        low()
    except LowLevel:
        raise HighLevel("hidden context") from None
except HighLevel as e:
    print(describe_chain(e))
    print("context still recorded:", repr(e.__context__))

print("---")
e = HighLevel("manual")
e.__cause__ = MidLevel("set by hand")
print(e.__suppress_context__, describe_chain(e))
e.__suppress_context__ = False
e.__cause__ = None
e.__context__ = LowLevel("ctx by hand")
print(describe_chain(e))
