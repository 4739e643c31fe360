# Another submodule of pkg_shapes.
def area(side):
    return side * side


def describe(side):
    return f"square of side {side} has area {area(side)}"
