# String literal forms and escape sequences
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'new\nline', 'back\\slash')
print(r'raw\nstring', R"raw\t", r'\\', len(r'\n'))
print('\x41\x42\x43', '\u00e9', '\U0001F600', '\N{GREEK SMALL LETTER ALPHA}', '\101', '\0' == '\x00')
print('a' 'b' "c")
print("""line1
line2
  line3""")
s = '''keep \
joined'''
print(s)
print(len('\n'), len('\\n'), len('\t\r\x00'), len('\u00e9'), len('\U0001F600'))
print('abc' == "abc", 'a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('é' > 'z', '😀' > 'é', '\uffff' < '\U00010000')
x = "con" + "cat" * 2 + "!"
print(x, len(x))
print("-" * 10, "ab" * 0, "ab" * -3, 3 * "xy")
print('"' + "'" + '"')
