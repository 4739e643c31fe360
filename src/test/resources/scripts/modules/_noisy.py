# Helper module with a top-level side effect: it must run once per process.
print("loading _noisy")
loads = 1
value = [1, 2, 3]
