# Unbounded recursion
def countdown(n):
    if n % 200 == 0:
        print("at", n)
    return countdown(n - 1)

countdown(1000)
