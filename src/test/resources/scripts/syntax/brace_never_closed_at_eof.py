print("never printed")
config = {"a": 1,
          "b": 2
