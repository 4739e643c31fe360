# Using closures to hold state between calls
def make_stack():
    data = []
    def push(x):
        data.append(x)
        return len(data)
    def pop():
        return data.pop() if data else None
    def peek():
        return data[-1] if data else None
    return {"push": push, "pop": pop, "peek": peek, "size": lambda: len(data)}

s = make_stack()
print(s["push"](1), s["push"](2), s["peek"](), s["pop"](), s["pop"](), s["pop"](), s["size"]())

def rate_limiter(limit):
    used = 0
    def request(name):
        nonlocal used
        if used >= limit:
            return f"{name}: denied"
        used += 1
        return f"{name}: ok ({limit - used} left)"
    return request

req = rate_limiter(2)
for who in ["a", "b", "c"]:
    print(req(who))

def running_average():
    total = 0.0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add

avg = running_average()
print([avg(v) for v in [10, 20, 0, 5]])

def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper

calls = []
init = once(lambda: calls.append("init") or "initialized")
print(init(), init(), calls)
