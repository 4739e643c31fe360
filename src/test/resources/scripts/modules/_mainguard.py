# Helper module whose __main__ block must not run on import.
status = "imported"


def where():
    return __name__


if __name__ == "__main__":
    status = "ran as main"
    print("_mainguard running as a script:", where())
