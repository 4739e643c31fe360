# A binary-heap priority queue implemented with a list
def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def heap_pop(heap):
    if not heap:
        raise IndexError("pop from empty heap")
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        n = len(heap)
        while True:
            left, right = 2 * i + 1, 2 * i + 2
            smallest = i
            if left < n and heap[left] < heap[smallest]:
                smallest = left
            if right < n and heap[right] < heap[smallest]:
                smallest = right
            if smallest == i:
                break
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest
    return top


tasks = []
counter = 0
for priority, name in [(3, "write report"), (1, "fix outage"), (4, "lunch"), (2, "review PR"), (1, "call boss"), (5, "nap")]:
    heap_push(tasks, (priority, counter, name))
    counter += 1
print("heap array:", [t[0] for t in tasks])
while tasks:
    p, _, name = heap_pop(tasks)
    print(f"priority {p}: {name}")
try:
    heap_pop(tasks)
except IndexError as e:
    print("IndexError:", e)
values = [(i * 7919) % 101 for i in range(30)]
h = []
for v in values:
    heap_push(h, v)
drained = [heap_pop(h) for _ in range(len(values))]
print(drained == sorted(values), drained[:10])


def dijkstra(graph, source):
    dist = {source: 0}
    pq = [(0, source)]
    while pq:
        d, node = heap_pop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heap_push(pq, (nd, nxt))
    return dist


graph = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": [("E", 3)]}
print(dict(sorted(dijkstra(graph, "A").items())))
