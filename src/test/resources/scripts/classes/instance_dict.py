# __dict__ of instances holds instance attributes only
class Item:
    category = "misc"

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


i = Item("bolt", 12)
print(i.__dict__)
i.color = "silver"
print(i.__dict__)
i.__dict__["qty"] = 20
print(i.qty)
del i.color
print(i.__dict__, "category" in i.__dict__)
i.category = "hardware"
print(i.__dict__, Item.category)
print(list(i.__dict__), list(i.__dict__.values()))
print({k: v for k, v in i.__dict__.items() if isinstance(v, int)})
j = Item("nut", 3)
j.__dict__.update({"qty": 7, "extra": True})
print(j.qty, j.extra, j.__dict__)
print(Item("x", 0).__dict__ == {"name": "x", "qty": 0})
print(type(i.__dict__).__name__)
