# Exceptions raised inside except and finally blocks
class Primary(Exception):
    pass


class Secondary(Exception):
    pass


def raise_in_except():
    try:
        raise Primary("p")
    except Primary:
        raise Secondary("s")


try:
    raise_in_except()
except Secondary as e:
    print("caught", repr(e), "context", repr(e.__context__))


def raise_in_finally():
    try:
        raise Primary("lost")
    finally:
        raise Secondary("replaces")


try:
    raise_in_finally()
except Primary:
    print("not reached")
except Secondary as e:
    print("caught", repr(e), "context", repr(e.__context__))


def finally_after_handled():
    try:
        try:
            raise Primary("handled inside")
        except Primary as e:
            print("inner handler", e)
            raise
        finally:
            print("inner finally runs before propagation")
    except Primary as e:
        print("outer handler", e)
    finally:
        print("outer finally")


finally_after_handled()


def except_handler_fails():
    try:
        [1, 2][5]
    except IndexError as e:
        print("handling", e)
        return undefined_name
    finally:
        print("finally still runs")


try:
    except_handler_fails()
except NameError as e:
    print("NameError:", e, "| context:", type(e.__context__).__name__)

attempts = []
for n in range(3):
    try:
        try:
            raise Primary(n)
        except Primary as e:
            if n == 1:
                raise Secondary(f"escalated {n}")
            attempts.append(f"handled {n}")
    except Secondary as e:
        attempts.append(f"{e} (context {e.__context__})")
print(attempts)
