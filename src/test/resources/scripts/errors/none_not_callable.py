# Calling None
callback = None
print("callback is", callback)
callback()
