def label(n):
    return "item " + n

label(3)
