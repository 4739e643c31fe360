# NameError for a name with no close match
print("before")
print(completely_undefined_thing)
