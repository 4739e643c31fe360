# Failing assertion with a message
def check(balance):
    assert balance >= 0, f"balance went negative: {balance}"
    return balance

print(check(10))
check(-5)
