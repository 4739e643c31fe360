# Recursive functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([fact(i) for i in range(10)], fact(25))
print([fib(i) for i in range(15)])
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]]))
print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))))
print(ackermann(2, 3), ackermann(3, 3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(100), is_odd(77), is_even(7))
