print("never printed")
n = 0123
