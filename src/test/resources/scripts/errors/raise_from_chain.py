# raise ... from ... prints both; the last line is the new exception
def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ValueError(f"unknown setting {key!r}") from e

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
