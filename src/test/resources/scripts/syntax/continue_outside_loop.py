print("never printed")
continue
