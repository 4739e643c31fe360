# Bare raise with no active exception
print("about to re-raise nothing")
raise
