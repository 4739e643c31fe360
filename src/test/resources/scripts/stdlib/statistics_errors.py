# StatisticsError is a ValueError with CPython's messages
import statistics

tests = [
    ("mean", lambda: statistics.mean([])),
    ("fmean", lambda: statistics.fmean([])),
    ("variance", lambda: statistics.variance([1])),
    ("stdev", lambda: statistics.stdev([])),
    ("pvariance", lambda: statistics.pvariance([])),
    ("pstdev", lambda: statistics.pstdev([])),
    ("median", lambda: statistics.median([])),
    ("median_low", lambda: statistics.median_low([])),
    ("mode", lambda: statistics.mode([])),
    ("quantiles", lambda: statistics.quantiles([1], n=0)),
    ("harmonic", lambda: statistics.harmonic_mean([1, -1])),
    ("geometric", lambda: statistics.geometric_mean([])),
    ("correlation", lambda: statistics.correlation([1, 1, 1], [1, 2, 3])),
    ("covariance", lambda: statistics.covariance([1], [2])),
    ("mean str", lambda: statistics.mean(["a", "b"])),
]
for name, t in tests:
    try:
        print(name, t())
    except statistics.StatisticsError as e:
        print(name, "StatisticsError:", e, isinstance(e, ValueError))
    except TypeError as e:
        print(name, "TypeError:", e)
print(issubclass(statistics.StatisticsError, ValueError), statistics.StatisticsError.__name__)
