# math.log(0) raises ValueError: math domain error
import math
print(math.log(1))
print(math.log(0))
