# type(), isinstance() and issubclass()
values = [1, 1.0, "s", True, None, [1], (1,), {1: 1}, {1}, range(2), len, ValueError("x"), frozenset()]
for v in values:
    print(type(v).__name__, type(v))
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == type(2), type(int) is type)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], (tuple, list)), isinstance(None, type(None)), isinstance((), ()))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), LookupError), isinstance(3, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object))
print(issubclass(ZeroDivisionError, (KeyError, ArithmeticError)), issubclass(str, (list, tuple)))
print(type(type(1)), type(type), type(print), type(lambda: 0).__name__)
print(int.__name__, str.__name__, type(None).__name__, bool.__name__)
def f():
    pass
print(type(f).__name__, isinstance(f, object), callable(type))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
