print("never printed")
True = 1
