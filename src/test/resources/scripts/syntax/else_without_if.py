print("never printed")
x = 1
else:
    x = 2
