# __contains__ drives `in`; fallbacks to __iter__ and __getitem__
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        print(f"  contains({x})")
        return self.lo <= x < self.hi


r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)


class Truthy:
    def __contains__(self, x):
        return "yes"  # result is converted to bool


print(1 in Truthy(), 1 not in Truthy())


class IterOnly:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


print(2 in IterOnly([1, 2, 3]), 9 in IterOnly([1, 2, 3]))


class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(9 in GetItemOnly(), 5 in GetItemOnly())
print(list(GetItemOnly()))


class Words:
    def __init__(self, text):
        self.words = text.split()

    def __contains__(self, w):
        return w.lower() in [x.lower() for x in self.words]


w = Words("The quick Brown fox")
print("brown" in w, "FOX" in w, "dog" in w)
