# Required keyword-only argument not given
def make(size, *, color):
    return f"{size} {color}"

print(make(3, color="red"))
make(3)
