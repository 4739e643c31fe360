# Reading a local variable before it is assigned
x = 10

def f():
    print("inside f")
    print(x)
    x = 5

f()
