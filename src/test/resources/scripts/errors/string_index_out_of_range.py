# Index past the end of a string
word = "héllo"
print(word[4], word[-5])
print(word[5])
