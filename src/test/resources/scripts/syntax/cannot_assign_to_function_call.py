print("never printed")
len(x) = 5
