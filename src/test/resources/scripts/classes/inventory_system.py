# An inventory system: products, stock movements, custom errors, reports
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku
        self.shortfall = wanted - available


class UnknownProduct(InventoryError):
    pass


class Product:
    def __init__(self, sku, name, price, category="general"):
        self.sku = sku
        self.name = name
        self.price = price
        self.category = category

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price})"


class Perishable(Product):
    def __init__(self, sku, name, price, days):
        super().__init__(sku, name, price, "food")
        self.days = days

    @property
    def price_today(self):
        return round(self.price * (0.5 if self.days <= 1 else 1.0), 2)


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}
        self.moves = []

    def add_product(self, product, qty=0):
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty
        self.moves.append(("in", product.sku, qty))

    def _get(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(f"no product {sku!r}") from None

    def remove(self, sku, qty):
        self._get(sku)
        have = self.stock[sku]
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
        self.moves.append(("out", sku, qty))

    def value(self):
        total = 0
        for sku, qty in self.stock.items():
            p = self.products[sku]
            unit = p.price_today if isinstance(p, Perishable) else p.price
            total += unit * qty
        return round(total, 2)

    def __len__(self):
        return sum(1 for q in self.stock.values() if q > 0)

    def __getitem__(self, sku):
        return self._get(sku), self.stock[sku]

    def report(self):
        cats = {}
        for sku in sorted(self.products):
            p = self.products[sku]
            cats.setdefault(p.category, []).append(f"{p.name}x{self.stock[sku]}")
        return cats


inv = Inventory()
inv.add_product(Product("B-1", "bolt", 0.25, "hardware"), 400)
inv.add_product(Product("H-2", "hammer", 12.5, "tools"), 3)
inv.add_product(Perishable("M-3", "milk", 1.2, days=1), 10)
inv.add_product(Perishable("A-4", "apple", 0.4, days=7), 50)
print(len(inv), inv.value())
print(inv["H-2"])

orders = [("B-1", 150), ("H-2", 5), ("M-3", 10), ("Z-9", 1), ("A-4", 20), ("H-2", 3)]
for sku, qty in orders:
    try:
        inv.remove(sku, qty)
        print("shipped", sku, qty)
    except OutOfStock as e:
        print("out of stock:", e, "shortfall", e.shortfall)
    except InventoryError as e:
        print(type(e).__name__ + ":", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
print(len(inv), inv.value())
print(inv.report())
print([m for m in inv.moves if m[0] == "out"])
print(issubclass(OutOfStock, InventoryError), isinstance(OutOfStock("x", 2, 1), Exception))
