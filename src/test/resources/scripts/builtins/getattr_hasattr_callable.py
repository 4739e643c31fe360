# getattr(), hasattr() and callable() on builtin values
print(getattr("abc", "upper")(), getattr([3, 1], "count")(1), getattr(5, "bit_length")(), getattr(1.5, "real"))
print(getattr("abc", "missing", "default"), getattr(3, "imag", None), getattr({}, "nothing", 0))
print(hasattr("s", "split"), hasattr("s", "push"), hasattr([], "append"), hasattr(1, "real"), hasattr(None, "x"))
print(callable(len), callable("len"), callable(print), callable(lambda: 0), callable(str), callable(None), callable([].append))
method_name = "replace"
print(getattr("a-b-c", method_name)("-", "+"))
for name in ["lower", "title", "swapcase"]:
    print(name, getattr("HeLLo wOrld", name)())
try:
    getattr("abc", "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr([], "lenght")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(1, 2)
except TypeError as e:
    print("TypeError:", e)
