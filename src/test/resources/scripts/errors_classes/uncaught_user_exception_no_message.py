# An uncaught user exception with no message: the last line is just the class name
class Halt(Exception):
    pass


print("halting")
raise Halt
