# __str__ returning a non-string, via print
class Weird:
    def __str__(self):
        return None


print("before")
print(Weird())
