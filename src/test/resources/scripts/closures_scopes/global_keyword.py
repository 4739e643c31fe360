# global declarations
counter = 0
items = []

def bump():
    global counter
    counter += 1
    return counter

def add_item(x):
    items.append(x)

def rebind_items():
    global items
    items = ["fresh"]

print(bump(), bump(), counter)
add_item(1)
add_item(2)
print(items)
rebind_items()
print(items)

def create_global():
    global created
    created = "made inside a function"

create_global()
print(created)

def shadow():
    counter = -1
    return counter

print(shadow(), counter)

def read_only():
    return counter * 10

print(read_only())
global module_level
module_level = 5
print(module_level)

def outer():
    x = "local to outer"
    def inner():
        global x
        x = "global x"
    inner()
    return x

print(outer(), x)
