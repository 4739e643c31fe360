# KeyError always shows the repr of the key
d = {"a": 1}
print(d)
d[""]
