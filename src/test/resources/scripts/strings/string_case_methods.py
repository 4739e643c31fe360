# Case conversion, including Unicode special cases
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "straße", "ǅemal", "ﬁnance", "İstanbul",
         "ΣΊΣΥΦΟΣ", "they're bill's friends", "3rd place", "o'neil mc-donald", "ÀÉÎÕÜ", "", "123"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print(len("İ".lower()), "İ".lower() == "i\u0307")
print("ß".upper(), "ß".casefold(), "ß".lower(), "ẞ".lower())
print("ΣΑΣ".lower(), "Σ".lower(), "ΑΣ Σ".lower())
print("STRASSE".casefold() == "straße".casefold())
print("ﬃ".upper(), len("ﬃ".upper()))
print("abc".upper().lower().title())
