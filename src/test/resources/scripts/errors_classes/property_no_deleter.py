# Deleting a property that has no deleter
class Temp:
    def __init__(self):
        self._c = 20

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v


t = Temp()
t.celsius = 25
print(t.celsius)
del t.celsius
