# Indexing a list with a str
items = [10, 20, 30]
key = "1"
print(items[int(key)])
print(items[key])
