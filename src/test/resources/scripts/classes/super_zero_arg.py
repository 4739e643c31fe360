# Zero-argument super() in __init__ and other methods
class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)

    def info(self):
        return f"name={self.name}"

    def greet(self, other):
        return f"Base greets {other}"


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child.__init__", age)

    def info(self):
        return super().info() + f", age={self.age}"

    def greet(self, other):
        base = super().greet(other)
        return base.replace("Base", "Child")


c = Child("ann", 7)
print(c.info())
print(c.greet("bob"))


class Logged(Base):
    def info(self):
        parts = [super().info()]
        parts.append("logged")
        return " | ".join(parts)


l = Logged("zed")
print(l.info())


class Accumulator:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)


class Doubling(Accumulator):
    def add(self, x):
        super().add(x)
        return super().add(x)


d = Doubling()
print(d.add(1), d.add(2), d.items)
