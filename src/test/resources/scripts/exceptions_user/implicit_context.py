# Implicit exception context when raising inside except blocks
class StepError(Exception):
    pass


def step():
    try:
        {}["key"]
    except KeyError:
        raise StepError("step failed")


try:
    step()
except StepError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

# context chain of three
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("level 2")
    except ValueError:
        raise StepError("level 3")
except StepError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))

# exception raised in finally gets the pending exception as context
try:
    try:
        raise StepError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

# context set, then overridden by explicit cause
try:
    try:
        raise KeyError("a")
    except KeyError as ke:
        raise StepError("b") from IndexError("c")
except StepError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# handled exceptions do not leak into later raises
try:
    raise KeyError("handled")
except KeyError:
    pass
try:
    raise StepError("later")
except StepError as e:
    print("later context:", e.__context__)
