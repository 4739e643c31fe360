# Module top-level code runs once; later imports reuse the module object
import sys

print("before import", "_noisy" in sys.modules)
import _noisy
print("after first import", _noisy.loads)
import _noisy
import _noisy as again
from _noisy import value
print(again is _noisy, value is _noisy.value)
_noisy.loads += 1
import _noisy
print(_noisy.loads)
value.append(4)
print(_noisy.value)


def inner():
    import _noisy
    return _noisy.loads


print(inner())
