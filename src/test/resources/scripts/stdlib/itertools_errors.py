# itertools argument errors
import itertools

tests = [
    lambda: itertools.islice([1], -1),
    lambda: itertools.islice([1], 0, 1, 0),
    lambda: itertools.permutations([1], -1),
    lambda: itertools.combinations([1], -2),
    lambda: itertools.count("a"),
    lambda: itertools.product([1], repeat=-1),
    lambda: list(itertools.chain(1, 2)),
    lambda: itertools.cycle(5),
    lambda: itertools.batched([1], 0),
    lambda: list(itertools.batched("abc", 2, strict=True)),
    lambda: itertools.starmap(len),
    lambda: itertools.accumulate(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
