# Missing several arguments lists them with commas and 'and'
def point3d(x, y, z):
    return (x, y, z)

print(point3d(1, 2, 3))
point3d()
