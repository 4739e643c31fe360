print("never printed")
if True:
    pass
else:
pass
