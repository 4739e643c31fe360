# AttributeError with a suggestion
words = ["b", "a"]
words.sort()
print(words)
words.appendd("c")
