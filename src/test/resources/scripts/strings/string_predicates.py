# is* predicate methods
tests = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "²", "½", "٣", "Ⅻ", "ß", "é",
         "hello world", "Hello World", "_name", "name1", "1name", "class", "ünïcode", "x y", "A1B2", "😀", "Title Case", "TITLE Case"]
print("value isalpha isdigit isalnum isspace isupper islower istitle isidentifier isnumeric isdecimal isprintable isascii")
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(),
          t.istitle(), t.isidentifier(), t.isnumeric(), t.isdecimal(), t.isprintable(), t.isascii())
print("\n".isprintable(), "\x00".isprintable(), "\xa0".isprintable())
