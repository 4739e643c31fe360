print("never printed")
name = "x"
msg = f"hello {name"
