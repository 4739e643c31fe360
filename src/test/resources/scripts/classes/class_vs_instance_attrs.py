# Class attributes are shared; instance attributes shadow them
class Config:
    level = 1
    tags = []
    name = "default"

    def __init__(self, name=None):
        if name is not None:
            self.name = name


a = Config()
b = Config("custom")
print(a.name, b.name, Config.name)
print(a.level, b.level)

Config.level = 5
print(a.level, b.level, Config.level)

a.level = 10
print(a.level, b.level, Config.level)

# mutating a shared mutable class attribute is visible everywhere
a.tags.append("x")
print(a.tags, b.tags, Config.tags)

# rebinding on the instance breaks the sharing
b.tags = ["own"]
print(a.tags, b.tags, Config.tags)

del a.level
print(a.level)
print("level" in a.__dict__, "name" in b.__dict__)
print(sorted(b.__dict__))
print(hasattr(Config, "level"), hasattr(Config, "nothing"))
