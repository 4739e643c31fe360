# .args of user exceptions: none, one, several, non-string args
class E(Exception):
    pass


for args in [(), ("one",), ("two", 2), (42,), (None,), ([1, 2],), ("a", "b", "c")]:
    e = E(*args)
    print(repr(e.args), "| str:", repr(str(e)), "| repr:", repr(e))

e = E("x", 1)
e.args = ("replaced",)
print(e, e.args)
try:
    raise E("payload", {"k": 1})
except E as caught:
    msg, data = caught.args
    print(msg, data["k"])
print(E("s").args[0].upper(), len(E(1, 2, 3).args))


class WithInit(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code


w = WithInit(404, "not found")
print(w.args, w.code, str(w), repr(w))


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


n = NoSuper(1, 2)
print(n.args, repr(str(n)), repr(n), n.a + n.b)
