# Missing __init__ arguments
class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.city = city


ok = Person("ann", 30, "oslo")
print(ok.name, ok.city)
Person("bob")
