# Ordering comparison between int and str
print(1 < 2, "a" < "b")
print(3 < "4")
