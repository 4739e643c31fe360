# Concatenating a str and an int
age = 30
print("about to build the message")
message = "Age: " + age
