# append, extend, insert, pop, remove, index, count, reverse, copy, clear
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend((2, 6))
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove("a")
a.remove(1)
print(a)
print(a.index(5), a.index(9), a.count(1), a.count(42), a.index(1, 2), a.index(3, 0, 5))
b = a.copy()
b.reverse()
print(a)
print(b)
r = b.clear()
print(b, r, a.append(0), len(a))
c = [1, 2, 3]
c += [4]
c += "xy"
c *= 2
print(c)
nums = [5, 3, 8, 1]
print(nums.sort(), nums)
for bad in ["remove", "index", "pop"]:
    try:
        if bad == "remove":
            nums.remove(42)
        elif bad == "index":
            nums.index(42)
        else:
            [].pop()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
