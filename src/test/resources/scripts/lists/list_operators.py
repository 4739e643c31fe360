# +, *, in, comparisons, identity and aliasing
a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 0 * a, a * -1, [None] * 3)
print(3 in a, 9 in a, 9 not in a, [1] in [[1], [2]], "a" in ["abc"])
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [] < [0], [1, 2] > [1, 1, 9])
print([1, "a"] == [1, "a"], [1, 2] == (1, 2), [[1]] == [[1]], [1.0] == [1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
x = [1, 2]
y = x
y.append(3)
print(x, x is y, x == x[:], x is x[:])
z = x
z = z + [4]
print(x, z)
w = x
w += [5]
print(x, w)
print(len([]), len([[]]), len([1, [2, 3]]), bool([]), bool([0]))
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list({1: 2}.items()))
print(max([3, 7, 2]), min([3, 7, 2]), sum([3, 7, 2]), sorted([3, 7, 2]), list(reversed([3, 7, 2])))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], nested[-1][-1])
print([1, 2, 3][-1], [1, 2, 3][0:1])
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
