# String comparisons are by code point
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zebra", "10", "9", "", "a b", "a"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print("a" < "B", "a" < "b", "B" < "a", "abc" < "abcd", "abd" > "abc", "10" < "9")
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("abc" == "ABC".lower(), "x" * 3 == "xxx")
print("apple" < "apple pie" < "apples")
print(["b", "a"] < ["b", "b"], ("a", 2) < ("a", 10), ("a", "10") < ("a", "2"))
