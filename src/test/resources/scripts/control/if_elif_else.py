# if / elif / else chains and truthiness
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

print([grade(s) for s in [100, 90, 89.9, 75, 60, 59, -1]])
for value in [0, 1, -1, 0.0, "", "0", [], [0], {}, None, (), range(0), 1e-300]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
if x == 1: print("one")
elif x == 5: print("five")
if not x:
    print("zero")
elif x % 2 and x > 0:
    print("positive odd")
n = None
if n is None:
    print("n is None")
if n is not None or x:
    print("or branch")
