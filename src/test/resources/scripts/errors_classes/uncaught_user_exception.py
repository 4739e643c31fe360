# An uncaught user-defined exception prints without a module prefix
class MyError(Exception):
    pass


def risky(n):
    if n > 2:
        raise MyError(f"value {n} is too large")
    return n


for i in range(5):
    print(risky(i))
