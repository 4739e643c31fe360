# Errors in nested functions use the qualified name
def outer():
    def helper(a, b):
        return a * b
    print("helper(2, 3) =", helper(2, 3))
    return helper(1)

outer()
