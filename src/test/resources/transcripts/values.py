1 + 2
"text"
[x * x for x in range(5)]
None
x = {"a": 1, "b": (2, 3.5)}
x
_
len(_)
True and None
