# traceback.format_exc and friends render the current exception
import traceback

def inner():
    return 1 / 0

def outer():
    return inner()

def body(text):
    # frame lines name files, caret lines depend on the renderer: keep the rest
    return [line for line in text.splitlines()
            if not line.startswith("  File") and set(line.strip()) - set("~^")]

print(repr(traceback.format_exc()))
try:
    outer()
except ZeroDivisionError:
    print("\n".join(body(traceback.format_exc())))
try:
    int("x")
except ValueError as e:
    print(traceback.format_exception_only(e))
    lines = traceback.format_exception(e)
    print(lines[0], lines[-1], end="")
try:
    try:
        [][1]
    except IndexError as e:
        raise KeyError("k") from e
except KeyError as e:
    text = "".join(traceback.format_exception(e))
    print("\n".join(body(text)))
try:
    try:
        {}["a"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print("\n".join(body("".join(traceback.format_exception(e, chain=False)))))
e = ValueError("note me")
e.add_note("first note")
print(traceback.format_exception_only(e))
