import json
class S(list): pass
class D(dict): pass
print(json.dumps(S([1, 2])), json.dumps(D(a=S([1]))))
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 0))
s = S([3, 1]); s.append(s); print(s)
print("-".join(S(["a", "b"])), dict(D(x=1)), set(S([1, 1])), tuple(S([1])))
def f(**kw): return kw
print(f(**D(a=1)))
class T(S):
    def __init__(self): pass
print(T(), len(T()))
try: T([1])
except TypeError as e: print(e)
print(S([1]).__class__, D().__class__.__bases__)
print(sorted(S([3,1,2])), S([3,1,2]).index(1), S([1]) is not S([1]), max(D(a=1, b=2)))
class K(dict):
    def keys(self): return ["a"]
    def __getitem__(self, k): return 99
print(dict(K(a=1, b=2)), {**K(a=1, b=2)})
x = S([1,2,3]); x[1:2] = [7,8]; print(x, x[::-1], x.count(7))
d = D(a=1); d.setdefault("b", 2); print(d, d.popitem(), list(reversed(d)), "a" in d.keys())
print(isinstance(d, D), D() == {}, S() == [], S() == D(), str(D(a=1)), f"{S([1])}")
print(dict.fromkeys("ab"), {}.fromkeys([1], 2))
class D(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
x = D.fromkeys("xy", 0)
print(x, type(x).__name__, type(D().fromkeys("q")).__name__)
class R(list):
    def __reversed__(self):
        return iter(["custom"])
class G(list):
    def __getitem__(self, i):
        return "g"
print(list(reversed(R([1, 2]))), list(reversed(G([1, 2]))), list(reversed(D(a=1, b=2))))
class It(dict):
    def __iter__(self):
        return iter(["a"])
    def keys(self):
        return ["a"]
print(dict(It(a=1, b=2)))
