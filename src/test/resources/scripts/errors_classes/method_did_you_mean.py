# A misspelled method name on an instance
class Greeter:
    def greet(self):
        return "hi"

    def farewell(self):
        return "bye"


g = Greeter()
print(g.greet())
g.greeet()
