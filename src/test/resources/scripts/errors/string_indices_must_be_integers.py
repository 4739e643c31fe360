# Indexing a str with a float
s = "abcdef"
i = len(s) / 2
print(i)
print(s[i])
