# nonlocal across several nesting levels
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a

print(level1())

def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt

f = make_fib()
print([f() for _ in range(12)])

def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip

t = toggler()
print(t(), t(), t())

def history():
    log = []
    def record(x):
        log.append(x)
        return len(log)
    def dump():
        return list(log)
    return record, dump

rec, dump = history()
rec("a")
rec("b")
print(dump(), rec("c"), dump())

def shadowing():
    x = "outer"
    def inner():
        x = "inner"
        return x
    inner()
    return x

print(shadowing())
