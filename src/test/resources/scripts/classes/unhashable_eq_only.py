# Defining __eq__ without __hash__ makes instances unhashable
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(P.__hash__)
print(P(1) == P(1))
try:
    hash(P(1))
except TypeError as e:
    print("hash:", e)
try:
    {P(1): "x"}
except TypeError as e:
    print("dict:", e)
try:
    s = set()
    s.add(P(2))
except TypeError as e:
    print("set:", e)
try:
    P(3) in {1, 2}
except TypeError as e:
    print("in:", e)
print(P(3) in [P(1), P(3)])


class Q(P):
    def __hash__(self):
        return hash(self.v)


print(hash(Q(5)) == hash(5), len({Q(5), Q(5)}))


class R:
    __hash__ = None


try:
    hash(R())
except TypeError as e:
    print("R:", e)
