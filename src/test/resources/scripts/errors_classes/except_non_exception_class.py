# Catching with a class that does not derive from BaseException
class NotAnError:
    pass


try:
    print("trying")
    1 / 0
except NotAnError:
    print("never")
