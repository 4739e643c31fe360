# finally blocks run innermost-first while an exception unwinds through frames
class Unwind(Exception):
    pass


trace = []


def level(n):
    try:
        trace.append(f"enter {n}")
        if n == 0:
            raise Unwind("bottom")
        return level(n - 1)
    finally:
        trace.append(f"finally {n}")


try:
    level(3)
except Unwind as e:
    trace.append(f"caught {e}")
print("\n".join(trace))


def with_handler_at(n, catch_at):
    try:
        if n == 0:
            raise Unwind("deep")
        return with_handler_at(n - 1, catch_at)
    except Unwind as e:
        if n == catch_at:
            print(f"handled at level {n}: {e}")
            return f"recovered@{n}"
        print(f"level {n} passes it on")
        raise
    finally:
        print(f"cleanup {n}")


print(with_handler_at(4, 2))
