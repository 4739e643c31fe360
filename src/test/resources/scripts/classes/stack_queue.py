# Stack and Queue classes; a bracket checker and a BFS built on them
class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class Queue:
    def __init__(self):
        self._in = []
        self._out = []

    def enqueue(self, x):
        self._in.append(x)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

    def __bool__(self):
        return len(self) > 0

    def __repr__(self):
        return f"Queue({self._out[::-1] + self._in})"


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.peek() != pairs[ch]:
                return False
            st.pop()
    return len(st) == 0


s = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.peek(), s.pop(), s)
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(t), balanced(t))

q = Queue()
for w in "abc":
    q.enqueue(w)
print(q, q.dequeue(), q)
q.enqueue("d")
print(q, len(q))
while q:
    print("got", q.dequeue())
try:
    q.dequeue()
except IndexError as e:
    print("IndexError:", e)

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}


def bfs(start):
    seen = {start: 0}
    order = []
    q = Queue()
    q.enqueue(start)
    while q:
        node = q.dequeue()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.enqueue(nxt)
    return order, seen


print(bfs("a"))
