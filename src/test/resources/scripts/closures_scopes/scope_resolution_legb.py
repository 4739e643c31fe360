# Local, enclosing, global and builtin scopes
x = "global"

def f():
    return x

def g():
    x = "local g"
    def h():
        return x
    return h()

def k():
    x = "local k"
    def m():
        x = "local m"
        return x
    return m(), x

print(f(), g(), k())
len = lambda s: "shadowed len"
print(len("abc"))
del len
print(len("abc"))

def uses_builtin():
    return max([1, 5, 3]), min("zyx")

print(uses_builtin())

def param_shadows(list):
    return list * 2

print(param_shadows(3), list("ab"))

def loop_var_leaks():
    for i in range(3):
        pass
    return i

print(loop_var_leaks())

def conditional_def(flag):
    if flag:
        y = "set"
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(conditional_def(True), conditional_def(False))
v = 1

def reads_then_assigns():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 2
    return v

print(reads_then_assigns())
