# Inventory management: parsing CSV-like text, aggregating and reporting
RAW = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,140,0.35
B201,Banana,food,95,0.25
C300,Notebook,office,30,1.99
C301,Pen,office,500,0.15
C302,Stapler,office,7,8.75
X999,Broken line,misc
D400,Laptop,electronics,3,999.99
D401,Mouse,electronics,abc,19.99"""


def parse(raw):
    lines = raw.strip().splitlines()
    header = lines[0].split(",")
    items, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split(",")
        if len(fields) != len(header):
            errors.append(f"line {lineno}: expected {len(header)} fields, got {len(fields)}")
            continue
        row = dict(zip(header, fields))
        try:
            row["qty"] = int(row["qty"])
            row["price"] = float(row["price"])
        except ValueError as e:
            errors.append(f"line {lineno}: {e}")
            continue
        items.append(row)
    return items, errors


items, errors = parse(RAW)
print(f"parsed {len(items)} items, {len(errors)} errors")
for err in errors:
    print("  error:", err)
by_cat = {}
for it in items:
    by_cat.setdefault(it["category"], []).append(it)
print(f"{'category':<12}{'items':>6}{'units':>7}{'value':>11}")
grand = 0.0
for cat in sorted(by_cat):
    group = by_cat[cat]
    units = sum(i["qty"] for i in group)
    value = sum(i["qty"] * i["price"] for i in group)
    grand += value
    print(f"{cat:<12}{len(group):>6}{units:>7}{value:>11,.2f}")
print(f"{'TOTAL':<12}{'':>6}{'':>7}{grand:>11,.2f}")
out_of_stock = [i["name"] for i in items if i["qty"] == 0]
low = sorted((i for i in items if 0 < i["qty"] < 10), key=lambda i: i["qty"])
print("out of stock:", out_of_stock)
print("low stock:", [(i["sku"], i["qty"]) for i in low])
priciest = max(items, key=lambda i: i["price"])
print("priciest:", priciest["name"], priciest["price"])
restock = {i["sku"]: max(0, 20 - i["qty"]) for i in items if i["qty"] < 20}
print("restock plan:", restock)
print("average price: %.3f" % (sum(i["price"] for i in items) / len(items)))
