# Copying with slices and deleting with del
original = [[1, 2], [3, 4], 5]
copy = original[:]
copy[2] = 50
copy[0].append(99)
print(original, copy)
nums = list(range(20))
del nums[::2]
print(nums)
del nums[-3:]
print(nums)
del nums[2:4], nums[0]
print(nums)
letters = list("abcdefgh")
letters[1:7:2] = "XYZ"
print(letters)
letters[::-1] = letters[:]
print(letters)
letters[2:6] = []
print(letters)
x = list(range(5))
x[:] = "new"
print(x)
y = x
y[:] = []
print(x, y, x is y)
