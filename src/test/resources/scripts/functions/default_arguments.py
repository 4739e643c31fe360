# Default arguments are evaluated once, at definition time
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))
counter = 10

def snapshot(value=counter):
    return value

counter = 20
print(snapshot(), snapshot(5), counter)

def power(base, exp=2, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

print(power(3), power(3, 3), power(2, 100, 97), power(exp=0, base=9))

def describe(a, b=[], c={}, d=()):
    return (a, b, c, d)

print(describe(0), describe(1, [1], {"k": 2}, (3,)))
print(greet.__defaults__, power.__defaults__, describe.__name__)
