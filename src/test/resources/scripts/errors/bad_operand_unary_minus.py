# Unary minus on a str
x = "5"
print(-int(x))
print(-x)
