# variance and standard deviation with CPython's exact-fraction results
import statistics as st

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.variance([1, 2, 3, 5]), st.pvariance([1, 2, 3, 4]), st.pvariance([2, 4]))
print(st.stdev([1, 2, 3, 4, 5]), st.pstdev([1, 2, 3, 4, 5]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([1, 2, 3], 2))
print(st.stdev([1e10 + i * 0.1 for i in range(10)]), st.variance([0.1] * 5), st.pstdev([7, 7, 7]))
print(st.variance(range(100)), st.stdev(range(1, 11)), st.pvariance([1.1, 2.2, 3.3, 4.4]))
print(st.variance([True, False, False]), st.variance([1, 2.0, 3]), st.variance(iter([3, 1, 2])))
heights = [1.62, 1.75, 1.68, 1.81, 1.59, 1.71, 1.77, 1.66]
print(round(st.mean(heights), 4), st.stdev(heights), st.pstdev(heights))
print(st.covariance([1, 2, 3, 4, 5], [1, 2, 3, 1, 2]), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
print(st.correlation([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), st.correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25], method="ranked"))
lr = st.linear_regression([1, 2, 3, 4, 5], [1, 2, 2, 4, 5])
print(lr, lr.slope, lr.intercept)
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
