# Module functions operate on their own module's globals, not the importer's
import _helpers

counter = 1000
names = ["main"]
print(_helpers.bump(), _helpers.bump(), counter)
print(_helpers.register("a"), names, _helpers.names)


def local_bump():
    global counter
    counter += 1
    return counter


print(local_bump(), _helpers.counter)
PI = "main PI"
print(_helpers.PI, PI)
greet = _helpers.greet
print(greet("via alias"))
