print("never printed")
d = {"a": 1, "b"}
