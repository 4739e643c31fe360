def combine(a, b, c):
    return a + b + c

value = combine(
    1,
    "two",
    3,
)
