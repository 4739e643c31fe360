# !r, !s and !a conversions
values = ["text", "it's", 'q"q', "é😀", 42, 3.5, None, [1, "a"], ("t",), {"k": "v"}, "\n\t"]
for v in values:
    print(f"{v!s} | {v!r} | {v!a}")
name = "Zoë"
print(f"{name!r:>10}| {name!a}")
print(f"{'a' + 'b'!r}")
