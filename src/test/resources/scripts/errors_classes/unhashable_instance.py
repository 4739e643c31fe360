# An instance of a class with __eq__ but no __hash__ used as a dict key
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(P(1) == P(1))
seen = {}
seen[P(1)] = True
