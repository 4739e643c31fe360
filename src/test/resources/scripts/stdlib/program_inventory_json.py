# An inventory report: parse JSON, aggregate with collections, print a table
import json
from collections import Counter, defaultdict, namedtuple
from functools import reduce
from itertools import groupby
from operator import attrgetter

raw = '''
[
  {"sku": "A-1", "name": "bolt", "category": "hardware", "qty": 120, "price": 0.25},
  {"sku": "B-7", "name": "drill", "category": "tools", "qty": 4, "price": 89.5},
  {"sku": "A-2", "name": "nut", "category": "hardware", "qty": 300, "price": 0.1},
  {"sku": "C-3", "name": "glue", "category": "supplies", "qty": 0, "price": 4.75},
  {"sku": "B-2", "name": "saw", "category": "tools", "qty": 7, "price": 24.0}
]
'''
Item = namedtuple("Item", "sku name category qty price")
items = [Item(**record) for record in json.loads(raw)]
by_category = defaultdict(list)
for item in items:
    by_category[item.category].append(item)
for category in sorted(by_category):
    group = by_category[category]
    value = sum(i.qty * i.price for i in group)
    print(f"{category:<10}{len(group):>3}{value:>10.2f}")
stock = Counter({i.name: i.qty for i in items})
print(stock.most_common(2), +stock)
total = reduce(lambda acc, i: acc + i.qty * i.price, items, 0.0)
print(f"total value: {total:.2f}")
ordered = sorted(items, key=attrgetter("category", "price"))
for key, grp in groupby(ordered, key=attrgetter("category")):
    print(key, [i.sku for i in grp])
out_of_stock = [i._asdict() for i in items if i.qty == 0]
print(json.dumps({"out_of_stock": out_of_stock, "count": len(out_of_stock)}, indent=2))
print(json.dumps(sorted(stock.items()), separators=(",", ":")))
