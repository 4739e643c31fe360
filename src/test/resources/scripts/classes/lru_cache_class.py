# An LRU cache class built on dict insertion order
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print(f"  evict {oldest!r}")
            del self.data[oldest]
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"

    def stats(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} ratio={ratio:.2f}"


cache = LRUCache(3)
cache.put("a", 1)
cache.put("b", 2)
cache.put("c", 3)
print(cache)
print(cache.get("a"))
cache.put("d", 4)
print(cache, "b" in cache, len(cache))
cache.put("c", 30)
cache.put("e", 5)
print(cache)
print(cache.get("b", "missing"), cache.get("c"))
print(cache.stats())


def cached(capacity):
    def deco(fn):
        lru = LRUCache(capacity)

        def wrapper(n):
            v = lru.get(n)
            if v is None:
                v = fn(n)
                lru.put(n, v)
            return v
        wrapper.cache = lru
        return wrapper
    return deco


@cached(2)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [2, 3, 2, 4, 3, 2]:
    print(n, slow_square(n))
print(slow_square.cache.stats())
