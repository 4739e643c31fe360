# add, discard, remove, pop, clear, copy on int sets
s = set()
for x in [5, 3, 5, 1, 3, 7]:
    s.add(x)
print(s, len(s))
s.discard(3)
s.discard(42)
print(s)
s.remove(7)
print(s)
try:
    s.remove(7)
except KeyError as e:
    print("KeyError:", e)
t = {4, 2, 6, 0}
popped = []
while t:
    popped.append(t.pop())
print(popped, t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
u = {1, 2, 3}
v = u.copy()
v.add(4)
print(u, v, u is v)
v.clear()
print(v, set(), bool(v), bool({0}))
print(set([3, 1, 2, 3]), set(range(5)), set((1, 1, 1)), set({"k": 1}.values()))
print(sorted({"banana", "apple", "cherry"}), len({"a", "b", "a"}))
print({1, 2, 3} == set([3, 2, 1]), {1, 1.0, True}, {0, False, 0.0})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
