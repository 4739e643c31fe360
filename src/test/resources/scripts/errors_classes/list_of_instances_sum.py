# sum() over instances without __radd__: 0 + instance fails
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


total = Money(1) + Money(2)
print(total.cents)
print(sum([Money(1), Money(2)]).cents)
