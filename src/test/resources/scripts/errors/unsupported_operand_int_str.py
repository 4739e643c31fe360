# Adding an int and a str
count = 3
label = "apples"
print(label, count)
total = count + label
