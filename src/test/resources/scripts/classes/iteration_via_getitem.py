# Old-style iteration: __getitem__ with IndexError ends for loops, list(), in, unpacking
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


s = Squares(5)
for v in s:
    print("v", v)
print(list(s), sum(s), 16 in s, 17 in s)
a, b, c = Squares(3)
print(a, b, c)
print(sorted(Squares(4), reverse=True))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
print(list(zip(Squares(3), "xyz")))
print(max(Squares(6)), list(enumerate(Squares(3))))


class Letters:
    def __init__(self, word):
        self.word = word

    def __len__(self):
        return len(self.word)

    def __getitem__(self, i):
        return self.word[i]


l = Letters("hello")
print(len(l), l[1], l[-1], l[1:3])
print(list(l), "".join(l), "e" in l, list(reversed(l)))
