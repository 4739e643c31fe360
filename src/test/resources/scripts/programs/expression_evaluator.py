# A tokenizer and recursive-descent evaluator for arithmetic expressions
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            tokens.append(("num", float(literal) if "." in literal else int(literal)))
        elif ch in "+-*/%^()":
            tokens.append(("op", ch))
            i += 1
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(("name", text[start:i]))
        else:
            raise ValueError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


def evaluate(text, env):
    tokens = tokenize(text)
    pos = 0

    def peek():
        return tokens[pos]

    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = advance()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term():
        value = factor()
        while peek()[0] == "op" and peek()[1] in "*/%":
            op = advance()[1]
            rhs = factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor():
        base = unary()
        if peek() == ("op", "^"):
            advance()
            return base ** factor()
        return base

    def unary():
        if peek() == ("op", "-"):
            advance()
            return -unary()
        return atom()

    def atom():
        kind, val = advance()
        if kind == "num":
            return val
        if kind == "name":
            if val not in env:
                raise NameError(f"unknown variable {val!r}")
            return env[val]
        if (kind, val) == ("op", "("):
            inner = expr()
            if advance() != ("op", ")"):
                raise SyntaxError("expected ')'")
            return inner
        raise SyntaxError(f"unexpected token {val!r}")

    result = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing input at token {pos}")
    return result


env = {"x": 3, "y": 4.5, "big": 10 ** 20}
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + x", "y * 2 - 1",
         "big * big", "1.5 + 2.25", "((7))", "-(-3)", "2 * (3 + 4) * 5", "1 / 0", "z + 1", "3 +", "4 $ 4", "(1 + 2"]
for t in tests:
    try:
        print(f"{t!r:>20} = {evaluate(t, env)!r}")
    except (ValueError, NameError, SyntaxError, ZeroDivisionError) as e:
        print(f"{t!r:>20} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 22*(3.5)"))
