# Chained comparisons evaluate each operand once and short-circuit
calls = []

def val(tag, v):
    calls.append(tag)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 != 2 != 1)
print(val("a", 1) < val("b", 2) < val("c", 3), calls)
calls.clear()
print(val("a", 5) < val("b", 2) < val("c", 3), calls)
calls.clear()
print(0 <= val("mid", 5) <= 10, calls)
x = 5
print(0 < x < 10, 0 < x > 3, x < 10 > 9, 1 < x == 5, x in [5] in [[5]], 2 < x not in [1, 2])
print("a" < "b" < "c", [1] < [2] < [3], (1, 2) <= (1, 2) < (1, 3))
print(1 < 2 > 1.5 < 3 >= 3 != 4)
a = b = c = 7
print(a == b == c, a is b is c, a < b < c, a <= b <= c)
for v in [-1, 0, 5, 10, 11]:
    print(v, 0 <= v <= 10, not 0 <= v <= 10)
