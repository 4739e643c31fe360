print("never printed")
def f():
    nonlocal missing
    missing = 1
