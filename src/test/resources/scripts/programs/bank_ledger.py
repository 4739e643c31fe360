# A bank ledger kept in dictionaries, with validation and reports
accounts = {}
history = []


def open_account(name, initial=0):
    if name in accounts:
        raise ValueError(f"account {name!r} already exists")
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[name] = {"balance": initial, "transactions": 0}
    history.append(("open", name, initial))


def deposit(name, amount):
    if amount <= 0:
        raise ValueError(f"invalid amount {amount}")
    accounts[name]["balance"] += amount
    accounts[name]["transactions"] += 1
    history.append(("deposit", name, amount))


def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct["balance"]:
        raise ValueError(f"insufficient funds in {name!r}: {acct['balance']} < {amount}")
    acct["balance"] -= amount
    acct["transactions"] += 1
    history.append(("withdraw", name, amount))


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        deposit(src, amount)
        raise


operations = [
    (open_account, ("alice", 100)),
    (open_account, ("bob",)),
    (deposit, ("bob", 50)),
    (withdraw, ("alice", 30)),
    (transfer, ("alice", "bob", 25)),
    (withdraw, ("bob", 500)),
    (deposit, ("carol", 10)),
    (open_account, ("alice", 5)),
    (deposit, ("alice", -5)),
    (transfer, ("bob", "dave", 10)),
    (open_account, ("carol", 1000)),
    (transfer, ("carol", "alice", 999)),
]
for func, args in operations:
    try:
        func(*args)
        print(f"ok   {func.__name__}{args}")
    except ValueError as e:
        print(f"FAIL {func.__name__}{args}: {e}")
    except KeyError as e:
        print(f"FAIL {func.__name__}{args}: no such account {e}")

print()
print(f"{'account':<8}{'balance':>10}{'txns':>6}")
for name in sorted(accounts):
    a = accounts[name]
    print(f"{name:<8}{a['balance']:>10.2f}{a['transactions']:>6}")
total = sum(a["balance"] for a in accounts.values())
print(f"{'total':<8}{total:>10.2f}")
richest = max(accounts, key=lambda n: accounts[n]["balance"])
print("richest:", richest)
kinds = {}
for kind, _, amount in history:
    kinds[kind] = kinds.get(kind, 0) + amount
print(kinds)
print(len(history), history[-3:])
