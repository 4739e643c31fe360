# Unexpected keyword argument that is close to a real parameter name
def connect(host, port=80, timeout=10):
    return f"{host}:{port} ({timeout}s)"

print(connect("example", port=8080))
connect("example", timout=5)
