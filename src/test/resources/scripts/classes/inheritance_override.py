# Single inheritance and method overriding
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__} named {self.name}: {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"

    def speak(self):
        return f"{self.name} purrs, then says {self.sound}"


class Fish(Animal):
    def speak(self):
        return f"{self.name} says nothing"


for a in [Animal("generic"), Dog("Rex"), Cat("Tom"), Fish("Nemo")]:
    print(a.describe())

print(issubclass(Dog, Animal), issubclass(Animal, Dog))
print(isinstance(Dog("x"), Animal), isinstance(Animal("y"), Cat))
print(Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(Cat.speak is Animal.speak, Dog.speak is Animal.speak)
