# __len__ returning a negative number
class Weird:
    def __len__(self):
        return -3


print("len of Weird")
print(len(Weird()))
