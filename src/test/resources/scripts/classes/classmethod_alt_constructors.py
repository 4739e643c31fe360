# Alternative constructors with @classmethod; subclasses get subclass instances
class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def from_string(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def iso(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class Birthday(Date):
    def iso(self):
        return "birthday " + super().iso()


d1 = Date.from_string("2024-03-15")
d2 = Date.from_tuple((1999, 12, 31))
d3 = Birthday.from_string("2001-7-4")
print(d1, d2, d3)
print(d1.iso(), d3.iso())
print(Date.epoch(), Birthday.epoch())
print(type(Birthday.epoch()) is Birthday)
print([d.iso() for d in sorted([d1, d2, d3], key=lambda d: (d.year, d.month, d.day))])


class Registry:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()


Registry.make()
Registry.make()
print(Registry.count)
