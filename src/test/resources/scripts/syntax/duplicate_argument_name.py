print("never printed")
def f(a, b, a):
    return a
