# __iter__ returning something that is not an iterator
class Bad:
    def __iter__(self):
        return [1, 2, 3]


print("iterating")
for x in Bad():
    print(x)
