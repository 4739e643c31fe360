# Builtin exception hierarchy checks and catching by base class
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (UnboundLocalError, NameError),
    (FileNotFoundError, OSError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (Exception, BaseException), (TypeError, ValueError),
    (UnicodeDecodeError, ValueError), (AssertionError, Exception), (bool, int),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} {base.__name__:15} {issubclass(sub, base)}")

print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])


class MyLookup(LookupError):
    pass


for exc in [KeyError("k"), IndexError("i"), MyLookup("m"), ValueError("v")]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError handler:", type(e).__name__, repr(e))
    except Exception as e:
        print("Exception handler:", type(e).__name__, repr(e))

print(isinstance(MyLookup(), LookupError), issubclass(MyLookup, (KeyError, IndexError)))
print(KeyError.__base__.__name__, LookupError.__base__.__name__, Exception.__base__.__name__)
print(BaseException.__base__.__name__)
