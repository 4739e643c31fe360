# An exception raised from a sort key function
records = [{"name": "a", "age": 3}, {"name": "b"}]
print(sorted(records[:1], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
