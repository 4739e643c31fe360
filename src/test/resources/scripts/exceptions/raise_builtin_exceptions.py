# Raising built-in exceptions explicitly, assert, and catching them
def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError("age must be non-negative")
    return age

for a in [5, -1, "10", 3.5]:
    try:
        print("ok", check_age(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "->", e)

def positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x

for v in [1, 0, -5]:
    try:
        positive(v)
        print("assert passed for", v)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print("class raised:", repr(e))
try:
    raise IndexError
except LookupError as e:
    print(type(e).__name__, str(e) == "")
try:
    raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("caught", type(e).__name__)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("SystemExit code", e.code)
