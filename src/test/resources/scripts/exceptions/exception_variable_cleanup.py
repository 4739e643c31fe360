# The 'as' target is deleted after the except block; exceptions are objects
try:
    raise ValueError("temp")
except ValueError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print(type(saved).__name__, saved, isinstance(saved, ValueError), isinstance(saved, Exception))
errors = []
for text in ["1", "two", "3", "", "5.0"]:
    try:
        errors.append(int(text))
    except ValueError as e:
        errors.append(e)
print([type(x).__name__ for x in errors])
print([str(x) for x in errors])
e1 = KeyError("same")
e2 = KeyError("same")
print(e1 == e2, e1 is e2, e1.args == e2.args)
exc_types = [ValueError, TypeError, KeyError]
for t in exc_types:
    try:
        raise t("dynamic")
    except tuple(exc_types) as e:
        print(type(e).__name__, e)
def make_error(kind):
    return {"v": ValueError, "t": TypeError}.get(kind, RuntimeError)("made " + kind)
for k in "vtx":
    try:
        raise make_error(k)
    except Exception as e:
        print(repr(e))
