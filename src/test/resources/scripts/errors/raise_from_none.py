# raise ... from None suppresses the context
try:
    [].pop()
except IndexError:
    print("converting IndexError")
    raise LookupError("stack is empty") from None
