# Python 3.12+ f-strings: reusing the same quotes and backslashes inside replacement fields
words = ["a", "b", "c"]
print(f"{", ".join(words)}")
print(f"{"\n".join(words)}")
print(f'{'single'}')
print(f"{"nested " + f"{"deep"}"}")
print(f"{'\t'.join(words)!r}")
print(f"{
    len(words)
}")
