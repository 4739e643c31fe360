# float() of a non-numeric string
print(float("1.5") + float("2"))
float("abc")
