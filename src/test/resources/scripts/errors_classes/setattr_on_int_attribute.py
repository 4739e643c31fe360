# Setting an attribute on a builtin instance fails
class Holder:
    pass


h = Holder()
h.value = 3
print(h.value)
n = 5
n.value = 3
