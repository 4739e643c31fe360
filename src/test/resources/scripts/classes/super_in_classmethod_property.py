# super() in classmethods, staticmethod overriding, properties overridden in subclasses
class Base:
    kind = "base"

    @classmethod
    def create(cls, *args):
        print(f"Base.create for {cls.__name__}")
        return cls(*args)

    @classmethod
    def describe(cls):
        return f"[{cls.kind}]"

    @property
    def label(self):
        return "base-label"

    @staticmethod
    def util():
        return "Base.util"

    def __init__(self, v=0):
        self.v = v


class Derived(Base):
    kind = "derived"

    @classmethod
    def create(cls, *args):
        print(f"Derived.create for {cls.__name__}")
        obj = super().create(*args)
        obj.extra = True
        return obj

    @classmethod
    def describe(cls):
        return super().describe() + "+" + cls.__name__

    @property
    def label(self):
        return super().label.upper() + f"({self.v})"

    @staticmethod
    def util():
        return "Derived.util/" + Base.util()


d = Derived.create(5)
print(type(d).__name__, d.v, d.extra)
print(Base.describe(), Derived.describe(), d.describe())
print(Base().label, d.label)
print(Base.util(), Derived.util(), d.util())


class Leaf(Derived):
    kind = "leaf"


print(Leaf.describe(), Leaf.create(1).label)
