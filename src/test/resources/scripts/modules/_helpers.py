# Helper module for the modules/ tests: definitions only, no output when run.
import math

PI = 3.14159
counter = 0
names = []


def greet(name):
    return f"hello, {name}"


def bump(n=1):
    global counter
    counter += n
    return counter


def register(name):
    names.append(name)
    return len(names)


def circle_area(r):
    return round(math.pi * r * r, 4)


class Greeter:
    prefix = "hi"

    def __init__(self, who):
        self.who = who

    def __repr__(self):
        return f"Greeter({self.who!r})"

    def greet(self):
        return f"{self.prefix}, {self.who}"


if __name__ == "__main__":
    pass
