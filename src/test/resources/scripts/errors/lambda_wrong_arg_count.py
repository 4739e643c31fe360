# Lambdas are named <lambda> in messages
double = lambda x: x * 2
print(double(21))
double(1, 2)
