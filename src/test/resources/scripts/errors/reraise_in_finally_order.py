# finally runs before the exception propagates
def risky():
    try:
        print("in try")
        return {}["k"]
    finally:
        print("in finally")

risky()
