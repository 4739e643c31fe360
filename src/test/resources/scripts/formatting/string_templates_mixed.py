# Mixing str methods with formatting to render a receipt
items = [("Coffee", 2, 3.5), ("Bagel", 1, 2.25), ("Orange juice (large)", 3, 4.0), ("Tip", 1, 1.0)]
width = 36
print("RECEIPT".center(width, "="))
for name, qty, price in items:
    label = name if len(name) <= 16 else name[:15] + "~"
    line = "{:<16} x{:<3d}{:>8.2f}{:>8.2f}".format(label, qty, price, qty * price)
    print(line)
subtotal = sum(q * p for _, q, p in items)
tax = round(subtotal * 0.0825, 2)
print("-" * width)
print("%-28s%8.2f" % ("Subtotal", subtotal))
print("%-28s%8.2f" % ("Tax (8.25%)", tax))
print(f"{'Total':<28}{subtotal + tax:>8.2f}")
print("=" * width)
print("Thank you!".rjust(width))
print("{0:^{1}}".format("* * *", width))
