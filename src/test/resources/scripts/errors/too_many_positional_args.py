# Calling with too many positional arguments
def f(a, b):
    return a + b

print("f(1, 2) =", f(1, 2))
print("now calling with three arguments")
f(1, 2, 3)
print("not reached")
