print("never printed")
name = 'unterminated
print(name)
