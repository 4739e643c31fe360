# @property with setter and deleter, validation inside setter
class Temperature:
    def __init__(self, celsius):
        self._celsius = None
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature {value} below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._celsius = None

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(t.celsius)
del t.celsius
print(t.celsius)

print(type(Temperature.celsius).__name__)
print(isinstance(Temperature.__dict__["fahrenheit"], property))


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        self.computed += 1
        return 99


z = Lazy()
print(z.value, z.value, z.computed)
