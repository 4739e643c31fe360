# Functions assigned to a class become methods; to an instance they do not
class Robot:
    def __init__(self, name):
        self.name = name


def introduce(self):
    return f"I am {self.name}"


def shout(self, word="hey"):
    return f"{self.name.upper()}: {word.upper()}!"


r = Robot("r2")
Robot.introduce = introduce
Robot.shout = shout
print(r.introduce(), r.shout(), r.shout("stop"))

# an instance attribute holding a function is not bound
r.helper = lambda x: x * 2
print(r.helper(21))

# replacing a method on the class affects existing instances
Robot.introduce = lambda self: f"Replaced intro for {self.name}"
print(r.introduce())

# instance attribute shadows class method
r.introduce = lambda: "instance-level"
print(r.introduce(), Robot("c3").introduce())
del r.introduce
print(r.introduce())


class Ops:
    def base(self):
        return 1


for i in range(3):
    setattr(Ops, f"plus{i}", lambda self, i=i: self.base() + i)
o = Ops()
print(o.plus0(), o.plus1(), o.plus2())
print(sorted(k for k in Ops.__dict__ if not k.startswith("__")))


class Config:
    handler = print  # builtins are not bound as methods


Config.handler("builtin attribute called without self")
print(Config().handler is print)
