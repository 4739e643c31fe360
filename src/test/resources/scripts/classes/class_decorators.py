# Class decorators: functions taking a class and returning it (or another)
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greeting(cls):
    def greet(self):
        return f"hello from {type(self).__name__}"
    cls.greet = greet
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


def auto_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({items})"
    cls.__repr__ = __repr__
    return cls


@register
@add_greeting
@with_tag("primary")
class Alpha:
    pass


@register
@auto_repr
class Beta:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(registry)
print(Alpha().greet(), Alpha.tag)
print(Beta(1, "two"), [Beta(3, None)])


def replace_with_factory(cls):
    def make(*args):
        obj = cls(*args)
        obj.made_by_factory = True
        return obj
    return make


@replace_with_factory
class Gamma:
    def __init__(self, v):
        self.v = v


g = Gamma(9)
print(g.v, g.made_by_factory, type(g).__name__)
print(callable(Gamma), type(Gamma).__name__)
