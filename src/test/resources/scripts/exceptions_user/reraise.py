# Re-raising with bare raise keeps the same exception object
class Retry(Exception):
    pass


def worker(n):
    if n > 2:
        raise Retry(f"too big: {n}")
    return n * 10


def middle(n):
    try:
        return worker(n)
    except Retry as e:
        print("middle saw", e)
        e.seen_by_middle = True
        raise


def top(n):
    try:
        return middle(n)
    except Retry as e:
        print("top got", e, getattr(e, "seen_by_middle", False))
        return -1


print(top(1))
print(top(5))

saved = None
try:
    try:
        raise Retry("original")
    except Retry as e:
        saved = e
        raise
except Retry as again:
    print(again is saved, again)


def cleanup_and_reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        print("cleanup")
        raise


try:
    cleanup_and_reraise()
except ValueError as e:
    print("reraised:", e, e.__context__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise Retry("second")
        except Retry:
            pass
        raise  # re-raises KeyError, the one being handled
except KeyError as e:
    print("outer got", repr(e))
