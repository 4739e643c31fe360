# sys.getrecursionlimit and sys.setrecursionlimit
import sys
print(sys.getrecursionlimit())
depth = 0

def dive(n):
    global depth
    depth = n
    dive(n + 1)

try:
    dive(1)
except RecursionError as e:
    print("default limit: reached depth", depth, "-", e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    dive(1)
except RecursionError as e:
    print("limit 200: reached depth", depth)

def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)

print(sum_to(150))
try:
    print(sum_to(250))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), sum_to(2500))
