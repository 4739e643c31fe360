# Missing one required positional argument
def area(width, b):
    return width * b

print(area(3, 4))
area(5)
