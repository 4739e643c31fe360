# Raising an instance of a class that does not derive from BaseException
class NotAnError:
    def __init__(self, msg):
        self.msg = msg


print("raising")
raise NotAnError("oops")
