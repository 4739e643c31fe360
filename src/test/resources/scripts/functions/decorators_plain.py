# Decorators written as plain functions
calls = []

def logged(func):
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result!r}")
        return result
    return wrapper

def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

caches = {}

def memoize(func):
    cache = caches.setdefault(func.__name__, {})
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

@logged
def add(a, b):
    return a + b

@repeat(3)
def shout(word):
    return word.upper()

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@logged
@repeat(2)
def pair(x):
    return x * 2

add(2, 3)
print(shout("hey"))
print(fib(80), len(caches["fib"]))
pair(21)
print(calls, add.__name__)

def register(registry):
    def deco(func):
        registry[func.__name__] = func
        return func
    return deco

handlers = {}

@register(handlers)
def on_start():
    return "starting"

@register(handlers)
def on_stop():
    return "stopping"

print(sorted(handlers), handlers["on_stop"](), on_start())
