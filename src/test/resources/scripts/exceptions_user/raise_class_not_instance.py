# raise with a class instantiates it; exceptions stored and raised later
class Empty(Exception):
    pass


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)


try:
    raise Empty
except Empty as e:
    print(repr(e), e.args, str(e) == "")

try:
    raise WithDefault
except WithDefault as e:
    print(repr(e), e)

pending = []
for i in range(3):
    try:
        if i != 1:
            raise WithDefault(f"problem {i}")
    except WithDefault as e:
        pending.append(e)
print(len(pending), [str(e) for e in pending])

for e in pending:
    try:
        raise e
    except WithDefault as again:
        print("re-raised stored:", again, again is e)

errors = {"empty": Empty, "default": WithDefault, "value": ValueError}
for key in ["default", "value", "empty"]:
    try:
        raise errors[key]
    except Exception as e:
        print(key, "->", type(e).__name__, repr(str(e)))
