# Dict and set comprehensions
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
print({v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()})
print({i: i ** 3 for i in range(-2, 3)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({len(w) for w in words}), {x % 4 for x in range(10)})
print({c for c in "abracadabra" if c not in "ab"} == {"c", "d", "r"})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
squares = {n: n * n for n in range(6)}
print({k: v for k, v in squares.items() if v % 2 == 0})
nested = {outer: {inner: outer * inner for inner in range(3)} for outer in range(1, 3)}
print(nested)
print({k: sorted(v) for k, v in {"b": [3, 1], "a": [2, 9, 0]}.items()})
