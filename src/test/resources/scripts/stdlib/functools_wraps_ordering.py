# wraps copies metadata; total_ordering fills in comparisons; cmp_to_key sorts
from functools import wraps, total_ordering, cmp_to_key

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    "Area of a rectangle."
    return w * h

print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), b >= a)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]), max(a, b))

def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_length_then_alpha)))
try:
    @total_ordering
    class Empty:
        pass
except ValueError as e:
    print("ValueError:", e)
