# time.gmtime, struct_time and strftime on fixed timestamps
import time
t = time.gmtime(0)
print(t, t.tm_year, t[0], len(t), list(t)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %%", time.gmtime(1700000000)))
print(time.asctime(time.gmtime(1700000000)))
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, rest)
