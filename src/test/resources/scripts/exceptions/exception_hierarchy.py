# Built-in exception hierarchy and catching by base class
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (ValueError, Exception), (UnicodeError, ValueError), (AssertionError, Exception), (bool, int), (int, object),
    (TypeError, ValueError), (FileNotFoundError, OSError), (AttributeError, Exception),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))

def raiser(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "name":
        return undefined_variable
    if kind == "attr":
        return (1).nope
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("nope")
    return "fine"

for kind in ["zero", "key", "index", "name", "attr", "type", "value", "none"]:
    try:
        print(kind, raiser(kind))
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__, e)
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), Exception))
