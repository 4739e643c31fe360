# A str method that does not exist, close to a real one
s = "Hello"
print(s.lower())
print(s.lowercase())
