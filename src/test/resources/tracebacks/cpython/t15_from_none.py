def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k!r}") from None

lookup({}, "x")
