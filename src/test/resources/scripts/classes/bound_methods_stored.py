# Bound methods captured and called later keep their instance
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, who):
        return f"{self.greeting}, {who}!"


hello = Greeter("Hello")
hi = Greeter("Hi")

actions = [hello.greet, hi.greet, hello.greet]
for i, act in enumerate(actions):
    print(act(f"user{i}"))

f = hello.greet
hello.greeting = "Howdy"
print(f("partner"))

# the bound method knows its instance and function
print(f.__self__ is hello)
print(f.__func__ is Greeter.greet)
print(f.__name__)

# unbound via the class
g = Greeter.greet
print(g(hi, "there"))

# methods stored in a dict as a dispatch table
class Calc:
    def __init__(self):
        self.acc = 0

    def add(self, n):
        self.acc += n

    def mul(self, n):
        self.acc *= n


calc = Calc()
ops = {"add": calc.add, "mul": calc.mul}
for name, arg in [("add", 3), ("mul", 4), ("add", -2), ("mul", 10)]:
    ops[name](arg)
    print(name, arg, "->", calc.acc)

# bound methods compare equal when same function and same instance
print(calc.add == calc.add, calc.add == calc.mul)
print(list(map(hello.greet, ["a", "b"])))
