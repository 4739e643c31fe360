# Invalid format spec for an int
n = 42
print(f"{n:>5}")
print(f"{n:abc}")
