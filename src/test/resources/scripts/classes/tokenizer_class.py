# A tokenizer class and a recursive-descent evaluator built on it
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}({self.text!r})"

    def __eq__(self, other):
        return (self.kind, self.text) == (other.kind, other.text)


class TokenizeError(Exception):
    pass


class Tokenizer:
    OPS = "+-*/()^%"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
        if self.pos >= len(self.text):
            raise StopIteration
        start = self.pos
        ch = self.text[start]
        if ch.isdigit() or ch == ".":
            while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] == "."):
                self.pos += 1
            return Token("NUM", self.text[start:self.pos], start)
        if ch.isalpha() or ch == "_":
            while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] == "_"):
                self.pos += 1
            return Token("NAME", self.text[start:self.pos], start)
        if ch in self.OPS:
            self.pos += 1
            return Token("OP", ch, start)
        raise TokenizeError(f"unexpected {ch!r} at {start}")


class Parser:
    def __init__(self, text, env):
        self.tokens = list(Tokenizer(text))
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i].text if self.i < len(self.tokens) else None

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take().text
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take().text
            r = self.power()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v

    def power(self):
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.power()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            return self.env[tok.text]
        if tok.text == "-":
            return -self.atom()
        if tok.text == "(":
            v = self.expr()
            self.take()
            return v
        raise SyntaxError(f"unexpected token {tok!r}")


print(list(Tokenizer("x1 + 2.5*(y - 3)^2")))
print(Token("OP", "+", 0) == Token("OP", "+", 9))
env = {"x": 4, "y": 10, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * y - 7 % 4", "-x + rate * 10", "10 / 4", "y ^ 20"]:
    print(f"{src} = {Parser(src, env).expr()}")
for bad in ["2 $ 3", "1 + * 2", "z + 1"]:
    try:
        print(Parser(bad, env).expr())
    except TokenizeError as e:
        print("TokenizeError:", e)
    except SyntaxError as e:
        print("SyntaxError:", e)
    except KeyError as e:
        print("KeyError:", e)
