def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad number: " + text) from e

parse("abc")
