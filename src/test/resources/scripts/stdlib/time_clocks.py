# time: clocks move forward, sleep waits at least as long as asked
import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.perf_counter_ns()
time.sleep(0.02)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.02, time.monotonic() >= m0)
print(time.perf_counter_ns() - n0 >= 20_000_000, type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
print(type(time.perf_counter()).__name__, type(time.monotonic()).__name__, time.time() > 1_600_000_000)
time.sleep(0)
for bad in [-1, "1"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
