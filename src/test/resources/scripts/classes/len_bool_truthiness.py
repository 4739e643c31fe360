# __len__ and __bool__ drive truthiness; __bool__ wins over __len__
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on


class Both:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


class Neither:
    pass


print(len(Bag(1, 2, 3)), len(Bag()))
print(bool(Bag()), bool(Bag(0)))
if not Bag():
    print("empty bag is falsy")
print(bool(Flag(True)), bool(Flag(False)))
print(bool(Both()), len(Both()))
print(bool(Neither()))

x = Flag(False) or "fallback"
print(x)
y = Flag(True) and "second"
print(y)
print(not Flag(True))

n = 0
b = Bag(1, 2)
while b:
    b.items.pop()
    n += 1
print("popped", n)
print([i for i, o in enumerate([Bag(), Bag(1), Neither(), Both()]) if o])
print(any([Bag(), Bag()]), all([Bag(1), Neither()]))
print(Bag(4) and 1, Bag() or 2)
