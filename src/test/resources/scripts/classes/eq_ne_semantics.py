# Default equality is identity; __ne__ is derived from __eq__; explicit __ne__ wins
class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a)
print(a in [b, a], [a].count(a), [a, b].index(b))


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print(f"  eq {self.k} vs {getattr(other, 'k', other)}")
        return isinstance(other, Key) and self.k == other.k


print(Key(1) != Key(1))
print(Key(1) != Key(2))
print(Key(3) in [Key(1), Key(3), Key(5)])
print([Key(2), Key(2)].count(Key(2)))
print([Key(1), Key(2)].index(Key(2)))
print((Key(1), 2) == (Key(1), 2))


class Contrary:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return True


c = Contrary()
print(c == 1, c != 1, 1 == c, None == c)


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


x = AlwaysEqual()
print(x == 5, x != 5, 5 != x, [1, 2, 3].index(x), x in {1: 0})
print({1: "a"}.get(x, "missing"))
lst = [3, 4]
lst.remove(x)
print(lst)


class NonBool:
    def __eq__(self, other):
        return "truthy-string"


print(NonBool() == 1, NonBool() != 1, [NonBool()] == [1])
