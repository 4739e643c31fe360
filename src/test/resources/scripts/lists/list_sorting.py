# sort() and sorted() with key and reverse; stability
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: n % 3))
mixed = [3, 1.5, True, 2, 0.5, False]
mixed.sort()
print(mixed)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5), reverse=True))
data = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
data.sort(key=lambda x: x[0])
print(data)
print(sorted([[2, 1], [1, 2], [1, 1, 1], [], [2]]))
s = [4, 2, 4, 1, 2]
print(sorted(s) == sorted(s, key=lambda x: x), s)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
