# Monte Carlo estimates with a seeded generator, summarised with statistics
import random
import statistics
import math

rng = random.Random(2023)

def estimate_pi(samples):
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples

estimates = [estimate_pi(500) for _ in range(12)]
print([round(e, 3) for e in estimates])
print(statistics.mean(estimates), statistics.stdev(estimates), statistics.median(estimates))
print(abs(statistics.fmean(estimates) - math.pi) < 0.1)

rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000)]
freq = {total: rolls.count(total) for total in range(2, 13)}
print(freq, statistics.mode(rolls), statistics.multimode(rolls))
print(statistics.quantiles(rolls, n=4), statistics.pvariance(rolls))
heights = [rng.gauss(170, 8) for _ in range(1000)]
nd = statistics.NormalDist.from_samples(heights)
print(round(nd.mean, 6), round(nd.stdev, 6), round(nd.cdf(180), 6))
print(sorted(rng.sample(range(1, 50), 6)), rng.choice(["heads", "tails"]))
