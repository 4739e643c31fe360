# Importing a module that does not exist ends the program
import _helpers

print(_helpers.greet("before the failing import"))
import nosuchmod
print("not reached")
