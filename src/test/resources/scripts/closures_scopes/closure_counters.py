# Closures capture variables, not values
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get

inc, get = make_counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())

def make_accumulators():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return fns

print([f() for f in make_accumulators()])

def make_bound():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return fns

print([f() for f in make_bound()])

def late_binding():
    x = 1
    def show():
        return x
    x = 2
    return show

print(late_binding()())

def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    return deposit, withdraw

dep, wd = bank(50)
print(dep(25), wd(100), wd(70), dep(0))
