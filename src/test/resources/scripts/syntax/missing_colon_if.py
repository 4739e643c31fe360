print("never printed: the file does not compile")
x = 3
if x > 2
    print("big")
