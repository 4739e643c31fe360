# Subscripting the None returned by a function without return
def load():
    print("loading")

data = load()
print(data["key"])
