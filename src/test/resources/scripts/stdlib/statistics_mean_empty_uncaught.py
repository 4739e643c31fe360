# statistics.mean([]) raises statistics.StatisticsError from inside the module
import statistics
scores = [88, 92, 79]
print(statistics.mean(scores))
print(statistics.mean([s for s in scores if s > 100]))
