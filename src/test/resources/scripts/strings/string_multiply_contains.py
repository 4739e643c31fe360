# Membership, repetition, concatenation and counting idioms
s = "abracadabra"
print("abra" in s, "cad" in s, "dab" in s, "xyz" in s, s.count("abra"), s.count("a"))
print(s.upper().count("A"), s.replace("a", "").count("b"))
print([s.find("a", i) for i in range(0, len(s), 3)])
print("=" * 20)
print("-+" * 5 + "-")
line = ""
for i in range(1, 6):
    line += "*" * i + " "
print(line.rstrip())
for i in range(1, 5):
    print(" " * (4 - i) + "#" * (2 * i - 1))
print(("ab" + "cd") * 2, "ab" + "cd" * 2)
print(len("x" * 1000), ("x" * 1000)[::100])
print(sorted("mississippi"))
print("".join(sorted("mississippi", reverse=True)))
