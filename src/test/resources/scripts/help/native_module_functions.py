# help() on functions of modules Tint implements natively: CPython's signatures and docstrings
import bisect
import heapq
import math
import operator
import time

for f in (math.sqrt, math.log, math.isclose, math.comb, math.floor, math.fsum, math.hypot,
          heapq.heappush, heapq.heapify, bisect.bisect_left, operator.add,
          time.sleep, time.perf_counter):
    help(f)
