# iter() and next() on builtin iterables
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "exhausted"), next(it, None))
s = iter("hé😀")
print(next(s), next(s), next(s))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
r = iter(range(3))
print(list(r), list(r))
t = iter((1, 2))
print(tuple(t))
st = iter({5})
print(next(st))
it2 = iter([1, 2, 3, 4, 5])
for x in it2:
    if x == 2:
        print("skipping next:", next(it2))
    else:
        print("got", x)
it3 = iter([1, 2, 3])
print(iter(it3) is it3, list(zip(it3, it3)))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
