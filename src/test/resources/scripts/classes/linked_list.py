# A singly linked list with __iter__, __len__, __getitem__, __contains__, __repr__
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def remove(self, value):
        prev, cur = None, self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(9)
print(ll, len(ll))
print(ll[0], ll[2], ll[-1])
print(4 in ll, 7 in ll)
print(sum(ll), sorted(ll), list(reversed(list(ll))))
ll.remove(1)
print(ll)
ll.reverse()
print(ll, ll.pop_front(), ll)
print(ll == LinkedList([1, 4, 3]), ll == LinkedList([1]))
for i, (a, b) in enumerate(zip(ll, ll)):
    print(i, a, b)
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
try:
    empty.pop_front()
except IndexError as e:
    print("IndexError:", e)
words = LinkedList("the quick brown fox".split())
print([w.upper() for w in words], max(words, key=len))
