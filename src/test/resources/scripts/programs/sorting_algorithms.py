# Merge sort, quicksort, insertion sort and binary search
def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quicksort(xs):
    if len(xs) <= 1:
        return xs[:]
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def insertion_sort(xs):
    xs = xs[:]
    comparisons = 0
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0:
            comparisons += 1
            if xs[j] <= key:
                break
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs, comparisons


def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
print("data:", data[:12], "...")
expected = sorted(data)
print("merge ok:", merge_sort(data) == expected)
print("quick ok:", quicksort(data) == expected)
ins, comps = insertion_sort(data)
print("insertion ok:", ins == expected, "comparisons:", comps)
print("sorted:", expected[:10], "...", expected[-5:])
for target in [expected[0], expected[17], expected[-1], 1000, -501]:
    print("search", target, "->", binary_search(expected, target))
words = "pear Apple fig banana apple Cherry date".split()
print(merge_sort(words), quicksort([w.lower() for w in words]))
print(merge_sort([3.5, -1, 2, 2.0, 0.0]), quicksort([]), merge_sort([1]))
print(insertion_sort([5, 4, 3, 2, 1]), insertion_sort(list(range(5))))
