# Slicing strings with all combinations of start, stop, step
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], repr(s[10:]), s[-100:100])
print(s[0], s[-1], s[len(s) - 1])
for i in range(-3, 4):
    print(i, s[i:], s[:i], s[i::3])
word = "racecar"
print(word == word[::-1], "python"[::-1])
t = "0123456789"
print(t[1:9:3], t[9:0:-3], t[::3], t[-2::-3])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
