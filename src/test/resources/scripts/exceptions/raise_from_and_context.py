# raise ... from ..., __cause__, __context__ and __suppress_context__
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input: " + s) from e

try:
    parse("xyz")
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        [].pop()
    except IndexError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def reraise():
    try:
        raise RuntimeError("original")
    except RuntimeError:
        raise

try:
    reraise()
except RuntimeError as e:
    print("reraised:", e, e.__context__)

try:
    raise ValueError("outer") from KeyError("cause")
except ValueError as e:
    print(e, repr(e.__cause__))
err = None
try:
    raise OSError("saved")
except OSError as e:
    err = e
print(repr(err))
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
