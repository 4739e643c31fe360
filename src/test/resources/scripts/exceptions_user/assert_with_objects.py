# assert with messages built from objects; AssertionError args
class Account:
    def __init__(self, balance):
        self.balance = balance

    def __repr__(self):
        return f"Account({self.balance})"

    def withdraw(self, n):
        assert n > 0, f"amount must be positive: {n}"
        assert n <= self.balance, (self, n)
        self.balance -= n


a = Account(50)
a.withdraw(20)
print(a)
for n in [-5, 100, 10]:
    try:
        a.withdraw(n)
        print("withdrew", n, a)
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args)

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert a.balance == 0, a
except AssertionError as e:
    print(e.args[0] is a, repr(e))
