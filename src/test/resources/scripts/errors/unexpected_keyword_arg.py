# Unexpected keyword argument
def f(x, y=0):
    return x - y

print(f(5, y=2))
f(1, z=3)
