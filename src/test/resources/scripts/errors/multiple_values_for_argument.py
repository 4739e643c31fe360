# The same parameter given positionally and by keyword
def greet(name, greeting="hi"):
    return greeting + " " + name

print(greet("ann", greeting="hello"))
greet("bob", name="carl")
