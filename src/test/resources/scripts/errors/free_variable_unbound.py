# Reading a closure variable before the enclosing function assigns it
def outer():
    def inner():
        return value
    print("calling inner too early")
    result = inner()
    value = 1
    return result

outer()
