# Exception args, str() and repr()
excs = [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(""), KeyError("k"), KeyError(""), KeyError(1, 2),
        KeyError(("t",)), IndexError(5), TypeError(None), Exception([1, 2]), ZeroDivisionError("division by zero"),
        StopIteration(7), RuntimeError("it's"), AssertionError('say "hi"'), SystemExit(3), NameError("n")]
for e in excs:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
try:
    raise KeyError("missing key")
except KeyError as e:
    print(e, e.args[0], repr(e))
try:
    {}["x"]
except KeyError as e:
    print(str(e), e.args)
try:
    int("bad")
except ValueError as e:
    print(e.args, str(e))
e = ValueError("x", "y")
print(f"{e}", f"{e!r}", "%s" % (e,), e.args[1])
print(StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(5).code, SystemExit("bye").code)
