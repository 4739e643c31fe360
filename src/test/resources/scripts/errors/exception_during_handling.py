# An exception raised inside an except block (implicit chaining)
try:
    print("parsing")
    int("not a number")
except ValueError:
    print("handling ValueError")
    {}["missing"]
