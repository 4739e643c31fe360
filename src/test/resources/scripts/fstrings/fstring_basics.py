# f-string interpolation basics
name = "Ada"
age = 36
items = [1, 2, 3]
d = {"key": "value", "n": 3}
print(f"Hello, {name}!")
print(f"{name} is {age} years old; next year {age + 1}")
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{d['key']} {d['n'] * 2}")
print(f"{'nested quotes'} {'double'}")
print(f"{{literal braces}} {{{age}}}")
print(f"{name.upper()} {name.lower()!r} {name[::-1]}")
print(f"{3.0} {1e20} {0.1 + 0.2} {-0.0} {float('inf')} {10 ** 20}")
print(f"{True} {None} {[1, 'a']} {(1,)} {{}}")
print(f"{age if age > 18 else 'minor'}")
print(f"{[x * x for x in range(4)]}")
print(f"{'a' 'b'}" f"{1}" "plain")
print(F"capital F {age}", rf"raw \n {name}", fR"\t{age}")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{name=}")
print(f"{x=:5d}|", f"{x = :>6}|", f"{0.1 + 0.2=:.3f}")
print(f"""multi
line {name}
""", end="")
print(f"{'é😀'} {len('é😀')}")
print(f"{x:{'>'}{6}}|", f"{x!r:>4}|")
