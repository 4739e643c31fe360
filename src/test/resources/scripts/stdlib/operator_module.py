# operator functions, itemgetter, attrgetter and methodcaller
import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.ge(2, 3), operator.contains([1, 2], 2))
print(operator.getitem({"a": 1}, "a"), operator.index(7), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(reduce(operator.mul, range(1, 8)), list(map(operator.abs, [-1, 2, -3])))
rows = [("bob", 25, "x"), ("amy", 31, "y"), ("cal", 19, "z")]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(2, 0), reverse=True))
get = operator.itemgetter(0, -1)
print(get("hello"), operator.itemgetter(slice(1, 3))([1, 2, 3, 4]))

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"

people = [P("Zed", 40), P("Ann", 22)]
print([p.name for p in sorted(people, key=operator.attrgetter("name"))], operator.attrgetter("name", "age")(people[0]))
print(operator.methodcaller("greet", "Hi")(people[1]), operator.methodcaller("greet", "Yo", punct="?")(people[0]))
print(operator.methodcaller("split", ",")("a,b,c"), repr(operator.itemgetter(1)), repr(operator.attrgetter("x")))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
