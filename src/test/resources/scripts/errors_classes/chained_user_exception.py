# A chained user exception (raise ... from ...) left uncaught
class StorageError(Exception):
    pass


def read(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise StorageError(f"cannot read {key!r}") from e


store = {"a": 1}
print(read(store, "a"))
read(store, "b")
