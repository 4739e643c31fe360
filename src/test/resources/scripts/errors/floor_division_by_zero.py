# Integer floor division by zero
total, parts = 10, 0
print("dividing", total, "into", parts, "parts")
print(total // parts)
