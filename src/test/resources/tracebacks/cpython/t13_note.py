def check(x):
    try:
        assert x > 0, "must be positive"
    except AssertionError as e:
        e.add_note(f"while checking {x}")
        raise

check(-1)
