# string constants, capwords and Template
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello world"), string.capwords("  aBc  dEf  "), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what, ${who}'s $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="bob"), t.get_identifiers())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("cost: $5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(sum(c in string.ascii_letters for c in "Hello, World!"), [c for c in "a1b2" if c in string.digits])
