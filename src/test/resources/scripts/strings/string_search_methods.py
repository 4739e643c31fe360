# find, rfind, index, rindex, count, startswith, endswith, in
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.index("o"), s.rindex("o"), s.find("o", 15, 20), s.find("o", -10), s.find(""), s.rfind(""))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20), "".count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith("lazy", 0, -4))
print(s.startswith(("a", "t")), s.endswith(("cat", "dog")), s.startswith(()), "".startswith(""))
print("fox" in s, "cat" not in s, "" in s, "Fox" in s)
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print("abcabc".find("c", -2), "abcabc".rfind("a", 0, 3), "abc".find("abcd"), "abc".find("", 3), "abc".find("", 4))
print("ab😀cd😀".find("😀"), "ab😀cd😀".rfind("😀"), "ab😀cd😀".count("😀"))
