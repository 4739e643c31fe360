# A class-level counter updated through the class, ids from it
class Ticket:
    issued = 0
    open_tickets = []

    def __init__(self, title):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.title = title
        Ticket.open_tickets.append(self)

    def close(self):
        Ticket.open_tickets.remove(self)

    @classmethod
    def summary(cls):
        return f"{cls.issued} issued, {len(cls.open_tickets)} open"

    def __repr__(self):
        return f"#{self.number} {self.title}"


t1 = Ticket("login broken")
t2 = Ticket("slow page")
t3 = Ticket("typo")
print(Ticket.summary(), Ticket.open_tickets)
t2.close()
print(Ticket.summary(), Ticket.open_tickets)


# pitfall: self.count += 1 creates an instance attribute
class Wrong:
    count = 0

    def __init__(self):
        self.count += 1


w1 = Wrong()
w2 = Wrong()
print(Wrong.count, w1.count, w2.count)


# subclass counters via type(self)
class Base:
    created = 0

    def __init__(self):
        type(self).created += 1


class Sub(Base):
    created = 0


Base()
Sub()
Sub()
print(Base.created, Sub.created)
