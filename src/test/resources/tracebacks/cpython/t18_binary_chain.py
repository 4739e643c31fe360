width = 10
height = None
area = width * 2 + height * 3
