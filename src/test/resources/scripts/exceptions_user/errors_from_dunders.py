# Exceptions raised by or about dunder methods propagate through builtins and operators
class Bad(Exception):
    pass


class Trap:
    def __init__(self, fail_on):
        self.fail_on = fail_on

    def __eq__(self, other):
        if "eq" in self.fail_on:
            raise Bad("__eq__ failed")
        return True

    def __hash__(self):
        if "hash" in self.fail_on:
            raise Bad("__hash__ failed")
        return 1

    def __len__(self):
        if "len" in self.fail_on:
            raise Bad("__len__ failed")
        return -1 if "neg" in self.fail_on else 2

    def __iter__(self):
        if "iter" in self.fail_on:
            raise Bad("__iter__ failed")
        return iter([1, 2])

    def __lt__(self, other):
        raise Bad("__lt__ failed")


tests = [
    ("dict key hash", lambda: {Trap("hash"): 1}),
    ("set membership eq", lambda: Trap("eq") in {Trap("eq")}),
    ("list in", lambda: Trap("eq") in [1, 2]),
    ("len", lambda: len(Trap("len"))),
    ("negative len", lambda: len(Trap("neg"))),
    ("bool via len", lambda: bool(Trap("len"))),
    ("list()", lambda: list(Trap("iter"))),
    ("sorted", lambda: sorted([Trap(""), Trap("")])),
    ("max", lambda: max(Trap(""), Trap(""))),
    ("ok", lambda: (len(Trap("")), list(Trap("")), Trap("") == 5)),
]
for name, fn in tests:
    try:
        print(name, "->", fn())
    except Bad as e:
        print(name, "-> Bad:", e)
    except ValueError as e:
        print(name, "-> ValueError:", e)


class BadIter:
    def __iter__(self):
        return 5


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return "3"


for name, fn in [("iter", lambda: iter(BadIter())), ("bool", lambda: bool(BadBool())),
                 ("len", lambda: len(BadLen()))]:
    try:
        fn()
    except TypeError as e:
        print(name, "-> TypeError:", e)
