# from ... import ... as ..., import ... as ..., sys.modules membership
import sys

print("_helpers" in sys.modules)
from _helpers import greet as hello, PI, Greeter as G
import _helpers as h

print("_helpers" in sys.modules, "nosuchmod" in sys.modules)
print(hello("cy"), PI, G("dee").greet())
print(h is sys.modules["_helpers"])
print(hello is h.greet, G is h.Greeter)

# from-import copies the binding: rebinding in the module is not seen
from _helpers import counter
h.bump(10)
print(counter, h.counter)

# but mutable objects are shared
from _helpers import names, register
register("x")
register("y")
print(names, h.names, names is h.names)

import _helpers
print(_helpers is h)
print("sys" in sys.modules, "math" in sys.modules)
