# Complex expressions inside f-strings
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}{qty * price:>9.2f}")
print(f"{'TOTAL':<10}{sum(q for _, q, _ in rows):>5}{'':>8}{sum(q * p for _, q, p in rows):>9.2f}")
data = {"a": [1, 2, 3], "b": {"c": "deep"}}
print(f"{data['a'][1:]} {data['b']['c'].upper()} {len(data):03d}")
f = lambda x: x * 2
print(f"{f(21)} {(lambda y: y + 1)(1)} {max(rows, key=lambda r: r[1])[0]}")
print(f"{', '.join(str(i) for i in range(5))}")
print(f"{'yes' if 3 > 2 else 'no'} {[i for i in range(10) if i % 3 == 0]}")
width = 20
print(f"{'centered':^{width}}|")
print(f"{'=' * width}")
for i in range(3):
    print(f"{i}: {i ** 2:>3} {'#' * i}")
print(f"{f'{1 + 1}'}", f"{f'{"inner"}'!r}")
print(f"{3 + 4 = }")
