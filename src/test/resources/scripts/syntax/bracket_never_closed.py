print("never printed")
items = [1, 2, 3
