# lru_cache and cache: memoised results, statistics, eviction and clearing
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().misses, fib.cache_info()[3])
fib.cache_clear()
print(fib.cache_info())

calls = []
@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x

for x in [1, 2, 1, 3, 2, 1]:
    slow_square(x)
print(calls, slow_square.cache_info())

@lru_cache
def add(a, b=0):
    return a + b
print(add(1), add(1), add(1, 2), add(a=1, b=2), add.cache_info())

@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
print(count_paths.__name__, count_paths.__wrapped__(2, 2), add.cache_parameters())

@lru_cache(maxsize=0)
def nothing(x):
    return x
nothing(1); nothing(1)
print(nothing.cache_info())
try:
    fib([1, 2])
except TypeError as e:
    print("TypeError:", e)
