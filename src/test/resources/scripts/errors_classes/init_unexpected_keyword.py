# An unexpected keyword argument to __init__
class Config:
    def __init__(self, host, port=80):
        self.host = host
        self.port = port


c = Config("localhost", port=8080)
print(c.host, c.port)
Config("x", prot=1)
