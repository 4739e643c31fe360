# An uncaught subclass of KeyError: its str() uses repr of the argument
class MissingField(KeyError):
    pass


record = {"name": "ann"}
print(record["name"])
raise MissingField("email")
