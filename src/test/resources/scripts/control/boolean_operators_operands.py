# and / or return one of their operands; not returns a bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", "x" and "y", None or 0, [] or {}, 0 or "" or None)
print(not 1, not 0, not "", not [0], not None)
print([] and undefined_name, 1 or undefined_name)
calls = []

def t(v):
    calls.append(v)
    return v

print(t(0) and t(1), calls)
calls.clear()
print(t(1) or t(2), calls)
calls.clear()
print(t(1) and t(2) and t(3), calls)
calls.clear()
print(t(0) or t("") or t([]), calls)
name = ""
display = name or "anonymous"
print(display)
config = {"level": 0}
level = config.get("level") or 5
print(level, config.get("level") if config.get("level") is not None else 5)
print(True and 3, False or 3.5, (1 and [1]) == [1])
print(1 < 2 and "yes" or "no", 1 > 2 and "yes" or "no")
x = 0
print(x and 10 / x, x or 10)
print(type(1 and 2).__name__, type(not 2).__name__)
print(None and None.missing)
