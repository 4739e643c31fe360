# Memoization with dictionaries: counting paths, coin change, edit distance
calls = {"plain": 0, "memo": 0}


def grid_paths_plain(r, c):
    calls["plain"] += 1
    if r == 0 or c == 0:
        return 1
    return grid_paths_plain(r - 1, c) + grid_paths_plain(r, c - 1)


memo = {}


def grid_paths(r, c):
    calls["memo"] += 1
    if (r, c) in memo:
        return memo[r, c]
    result = 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
    memo[r, c] = result
    return result


print(grid_paths_plain(8, 8), grid_paths(8, 8), calls)
print(grid_paths(30, 30), len(memo))


def coin_change(amount, coins):
    cache = {}

    def ways(a, i):
        if a == 0:
            return 1
        if a < 0 or i == len(coins):
            return 0
        key = (a, i)
        if key not in cache:
            cache[key] = ways(a - coins[i], i) + ways(a, i + 1)
        return cache[key]

    return ways(amount, 0), len(cache)


print(coin_change(100, [1, 5, 10, 25, 50]))
print(coin_change(0, [1]), coin_change(7, [2, 4]))


def edit_distance(a, b):
    cache = {}

    def d(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if (i, j) in cache:
            return cache[i, j]
        if a[i] == b[j]:
            r = d(i + 1, j + 1)
        else:
            r = 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))
        cache[i, j] = r
        return r

    return d(0, 0)


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")
collatz_cache = {1: 0}


def collatz_len(n):
    if n not in collatz_cache:
        collatz_cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return collatz_cache[n]


best = max(range(1, 20000), key=collatz_len)
print(best, collatz_len(best), len(collatz_cache) > 20000)
