# A static method receives no self: calling it with an extra argument fails
class Util:
    @staticmethod
    def double(x):
        return 2 * x


print(Util.double(4))
print(Util().double(5, 6))
