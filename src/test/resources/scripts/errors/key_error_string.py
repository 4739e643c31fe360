# Missing dict key
ages = {"ann": 31, "bob": 27}
print(ages["ann"])
print(ages["x"])
