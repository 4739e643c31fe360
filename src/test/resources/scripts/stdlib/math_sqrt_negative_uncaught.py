# An uncaught ValueError from math.sqrt ends the program
import math

def distance(a, b):
    return math.sqrt(a - b)

print(distance(9, 5))
print(distance(5, 9))
