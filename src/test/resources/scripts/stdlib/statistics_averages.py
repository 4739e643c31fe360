# mean, fmean, median family, mode and multimode
import statistics as st

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2]), st.mean([-1.0, 2.5, 3.25, 5.75]))
print(st.mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3, st.fmean([0.1, 0.2, 0.3]))
print(st.mean([1e50, 1, -1e50] * 10), st.mean(range(1, 101)), st.mean([True, False, True, True]))
print(st.mean([1, 2.5]), type(st.mean([2, 4])).__name__, type(st.mean([1, 2])).__name__)
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(range(10)), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([5, 1, 3, 2]), st.median([2.5]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low(["a", "c", "b", "d"]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode("abracadabra"), st.mode(["red", "blue", "blue", "red"]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2, 3]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=5, method="inclusive"))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
