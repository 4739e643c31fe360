x = 1
print("before")
x = = 2
print("after", x)
def broken(:
    pass
if x:
print("not indented")
x + 1
