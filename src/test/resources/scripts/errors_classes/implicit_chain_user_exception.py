# A user exception raised while handling another, uncaught
class CleanupFailed(RuntimeError):
    pass


try:
    print("working")
    raise ValueError("original problem")
except ValueError:
    raise CleanupFailed("cleanup also failed")
