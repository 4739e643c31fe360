# NameError suggests a builtin
values = [3, 1, 2]
print(sorted(values))
print(sortd(values))
