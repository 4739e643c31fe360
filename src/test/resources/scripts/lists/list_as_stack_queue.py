# Lists used as stacks and queues
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print("matched", top, ch)
print("empty:", stack == [])

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st

for s in ["()", "([])", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print(first, queue)
queue.insert(0, 0)
print(queue, queue[0], queue[-1])
while queue:
    item = queue.pop(0)
    if item == 2:
        queue.append(20)
    print("processing", item, "remaining", len(queue))
