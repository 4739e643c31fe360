# exit and quit, as the site module defines them: Quitter objects that raise SystemExit(code).
print(repr(exit))
print(str(quit))
print(type(exit).__name__, callable(exit))
for call in (lambda: exit(), lambda: exit(3), lambda: quit("bye"), lambda: exit(code=7), lambda: quit(None)):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
for bad in (lambda: exit(1, 2), lambda: exit(x=1), lambda: exit(1, code=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
exit(4)
