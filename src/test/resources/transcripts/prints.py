# Output of print, including empty lines and text without a newline.
print("hello, world")
print("a", "b", sep="-")
print()
print("two\nlines")

print("no newline", end="")
print(" - continued")
