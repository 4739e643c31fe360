# copy.copy is shallow, copy.deepcopy copies all the way down and keeps sharing
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
d = {"x": [1], "y": (1, [2])}
e = copy.deepcopy(d)
d["y"][1].append(3)
print(d, e)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc[1] is loop)

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.value}, {self.children})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t3 = copy.copy(tree)
tree.children[1].value = 30
tree.children.append(Node(5))
print(tree, t2, t3, type(t2).__name__, t3.children is tree.children)

class Custom:
    def __init__(self, n):
        self.n = n
    def __copy__(self):
        return Custom(self.n + 100)
    def __deepcopy__(self, memo):
        return Custom(self.n + 1000)

print(copy.copy(Custom(1)).n, copy.deepcopy(Custom(1)).n, copy.deepcopy([Custom(2)])[0].n)
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] == [2])
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])) == frozenset([1]))
