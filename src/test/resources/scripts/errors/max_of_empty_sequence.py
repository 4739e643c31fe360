# max() of an empty list
scores = [3, 9, 4]
print(max(scores))
scores.clear()
print(max(scores))
