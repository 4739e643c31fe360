# Decorators applied to methods: logging, counting, validation
def logged(fn):
    def wrapper(self, *args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(self, *args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper


def positive(fn):
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{fn.__name__}: amount must be positive, got {amount}")
        return fn(self, amount)
    return wrapper


def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


class Account:
    def __init__(self):
        self.balance = 0

    @logged
    @positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @counted
    def peek(self):
        return self.balance

    @staticmethod
    @counted
    def helper(x):
        return x * 2


a = Account()
a.deposit(50)
a.deposit(25)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
a.peek()
a.peek()
print(Account.peek.calls, a.peek(), Account.peek.calls)
print(Account.helper(4), a.helper(5))
print(Account.deposit.__name__)
