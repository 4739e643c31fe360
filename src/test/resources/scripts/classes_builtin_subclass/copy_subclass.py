import copy


class S(list):
    pass


class D(dict):
    def __missing__(self, key):
        return "?"


s = S([1, [2]])
s.tag = 1
c = copy.copy(s)
print(c, type(c).__name__, c.tag, c[1] is s[1])
d = copy.deepcopy(s)
print(d, type(d).__name__, d.tag, d[1] is s[1])
m = D(a=[1])
m.note = "n"
mc = copy.copy(m)
md = copy.deepcopy(m)
print(mc, type(mc).__name__, mc.note, mc["zz"], mc["a"] is m["a"], md, md["a"] is m["a"])
