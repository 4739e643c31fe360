# getattr/setattr/hasattr/delattr with defaults and dynamic names
class Settings:
    debug = False

    def __init__(self):
        self.color = "red"

    def reset(self):
        return "reset!"


s = Settings()
print(getattr(s, "color"), getattr(s, "debug"), getattr(s, "size", 12))
print(hasattr(s, "color"), hasattr(s, "size"), hasattr(s, "reset"))
setattr(s, "size", 14)
print(s.size, getattr(s, "size", 0))
print(getattr(s, "reset")())

for name, value in [("a", 1), ("b", [2]), ("color", "blue")]:
    setattr(s, name, value)
print(sorted(s.__dict__.items()))

delattr(s, "a")
print(hasattr(s, "a"), getattr(s, "a", "gone"))
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)

setattr(Settings, "debug", True)
print(s.debug, Settings().debug)
setattr(Settings, "version", 3)
print(s.version)
print(getattr(Settings, "reset")(s))
print(getattr(5, "real"), getattr("abc", "upper")())
print(getattr(s, "nope", None) is None)
fields = ["color", "size", "debug", "zzz"]
print({f: getattr(s, f, "?") for f in fields})
try:
    getattr(s, 42)
except TypeError as e:
    print("TypeError:", e)
