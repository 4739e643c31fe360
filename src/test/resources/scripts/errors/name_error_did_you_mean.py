# NameError suggests a similar local name
length = 10
print("length is", length)
print(lenght)
