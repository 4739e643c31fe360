# isinstance/issubclass with classes and tuples of classes
class Vehicle:
    pass


class Car(Vehicle):
    pass


class Truck(Vehicle):
    pass


class SportsCar(Car):
    pass


class Boat:
    pass


things = [Vehicle(), Car(), Truck(), SportsCar(), Boat(), 5, "x"]
for t in things:
    print(type(t).__name__,
          isinstance(t, Vehicle),
          isinstance(t, (Car, Boat)),
          isinstance(t, (int, str)),
          isinstance(t, object))

print(issubclass(SportsCar, Vehicle), issubclass(SportsCar, (Truck, Boat)))
print(issubclass(Car, (Truck, (Boat, Vehicle))))
print(issubclass(Boat, object), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(Car, type), isinstance(Car(), type))
print(issubclass(Car, Car), isinstance(Car(), ()))

try:
    issubclass(Car(), Vehicle)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(Car(), "Car")
except TypeError as e:
    print("TypeError:", e)


def count_by(kind, items):
    return sum(1 for i in items if isinstance(i, kind))


print(count_by(Vehicle, things), count_by(Car, things), count_by((Boat, int), things))
