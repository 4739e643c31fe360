# bisect keeps lists sorted; heapq is a min-heap
import bisect
import heapq

grades = [60, 70, 80, 90]
def grade(score):
    return "FDCBA"[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
for x in [5, 1, 4, 2, 3, 2]:
    bisect.insort(a, x)
print(a)
people = [("ann", 19), ("bob", 25), ("cal", 31)]
print(bisect.bisect_left(people, 25, key=lambda p: p[1]))
bisect.insort(people, ("dee", 28), key=lambda p: p[1])
print(people)
h = []
for x in [5, 7, 9, 1, 3, 8, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappop(h), h)
h = [9, 8, 7, 6, 5, 4, 3]
heapq.heapify(h)
print(h, heapq.heapreplace(h, 10), heapq.heappushpop(h, 1), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge("ace", "bd")))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
