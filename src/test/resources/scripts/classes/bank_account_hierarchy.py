# A bank account class hierarchy with custom errors and overridden rules
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.amount = amount


class Account:
    rate = 0.0
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("dep", amount))

    def can_withdraw(self, amount):
        return amount <= self.balance

    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("wd", amount))

    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        self.balance = round(self.balance + interest, 2)
        return interest

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self.balance})"


class Savings(Account):
    rate = 0.02

    def withdraw(self, amount):
        if len([e for e in self.log if e[0] == "wd"]) >= 2:
            raise RuntimeError(f"{self.owner}: withdrawal limit reached")
        super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft

    def month_end(self):
        fee = 5 if self.balance < 0 else 0
        self.balance -= fee
        return -fee


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)


bank = Bank()
s = bank.open(Savings, "ann", 1000)
c = bank.open(Checking, "bob", 50, overdraft=200)
p = bank.open(Account, "cy")
print(bank.accounts)

steps = [
    lambda: bank.transfer(s, c, 300),
    lambda: bank.transfer(c, p, 500),
    lambda: bank.transfer(c, p, 100),
    lambda: s.withdraw(10),
    lambda: s.withdraw(10),
    lambda: p.deposit(0),
    lambda: p.withdraw(1000),
]
for i, step in enumerate(steps):
    try:
        step()
        print(i, "ok", bank.total())
    except InsufficientFunds as e:
        print(i, "insufficient:", e, "| amount", e.amount)
    except (RuntimeError, ValueError) as e:
        print(i, type(e).__name__ + ":", e)

for acct in bank.accounts.values():
    print(acct, "month_end ->", acct.month_end(), acct.log)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
print(bank.total())
