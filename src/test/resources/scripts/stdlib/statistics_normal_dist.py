# NormalDist: cdf, inv_cdf, pdf, arithmetic and sampling
from statistics import NormalDist

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance, iq.median, iq.mode)
print(iq.cdf(115), iq.cdf(100), iq.inv_cdf(0.975), iq.pdf(100), iq.zscore(130))
print([round(q, 6) for q in iq.quantiles()], iq.quantiles(n=2))
z = NormalDist()
print(z.cdf(1.96), z.inv_cdf(0.5), z.inv_cdf(0.05), z.inv_cdf(0.999))
print(iq + 10, iq * 2, iq - NormalDist(0, 20), iq / 3, -iq, iq == NormalDist(100, 15))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist(0, 1).samples(3, seed=42))
