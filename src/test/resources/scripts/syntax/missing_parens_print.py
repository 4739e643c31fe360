print("never printed")
print "hello"
