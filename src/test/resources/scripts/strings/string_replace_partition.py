# replace with count, partition, rpartition, translate-free transformations
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "mississippi".replace("ss", "SS"), "aaaa".replace("aa", "b"))
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("no-sep".partition("="), "no-sep".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
print("a.b.c".rpartition(".")[0], "path/to/file.txt".rpartition("/")[2])
print("Hello World".swapcase().replace("O", "0"))
