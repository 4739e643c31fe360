# collections: reprs and error messages of deque, Counter, defaultdict, OrderedDict, namedtuple
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
d = deque([1,2,3], maxlen=5)
tests = [
    ('deque().pop()', lambda: deque().pop()),
    ('deque().popleft()', lambda: deque().popleft()),
    ('deque([1])[5]', lambda: deque([1])[5]),
    ('deque([1]).remove(9)', lambda: deque([1]).remove(9)),
    ('deque([1]).index(9)', lambda: deque([1]).index(9)),
    ('repr(deque([1,2]))', lambda: repr(deque([1,2]))),
    ('repr(d)', lambda: repr(d)),
    ("deque('ab', maxlen=-1)", lambda: deque('ab', maxlen=-1)),
    ('deque([1],2,3)', lambda: deque([1],2,3)),
    ('d.maxlen', lambda: d.maxlen),
    ('deque([1,2]) == deque([1,2])', lambda: deque([1,2]) == deque([1,2])),
    ('deque([1,2]) == [1,2]', lambda: deque([1,2]) == [1,2]),
    ('deque([1]) + deque([2])', lambda: deque([1]) + deque([2])),
    ('deque([1])*3', lambda: deque([1])*3),
    ('repr(deque(range(3), 2))', lambda: repr(deque(range(3), 2))),
    ('d.rotate(1) or d', lambda: d.rotate(1) or d),
    ('type(d)', lambda: type(d)),
    ('deque([1]) < deque([2])', lambda: deque([1]) < deque([2])),
    ('hash(deque())', lambda: hash(deque())),
    ('deque([1,2,3])[-1]', lambda: deque([1,2,3])[-1]),
    ('deque([1,2])[1:]', lambda: deque([1,2])[1:]),
    ("repr(Counter('abracadabra'))", lambda: repr(Counter('abracadabra'))),
    ("Counter('abracadabra').most_common(2)", lambda: Counter('abracadabra').most_common(2)),
    ('repr(Counter())', lambda: repr(Counter())),
    ("Counter(a=1)['zz']", lambda: Counter(a=1)['zz']),
    ("repr(Counter('aab') + Counter('bc'))", lambda: repr(Counter('aab') + Counter('bc'))),
    ("repr(Counter('aab') - Counter('abbc'))", lambda: repr(Counter('aab') - Counter('abbc'))),
    ('repr(defaultdict(list))', lambda: repr(defaultdict(list))),
    ("repr(defaultdict(int, {'a': 1}))", lambda: repr(defaultdict(int, {'a': 1}))),
    ('repr(OrderedDict(a=1, b=2))', lambda: repr(OrderedDict(a=1, b=2))),
    ('repr(OrderedDict())', lambda: repr(OrderedDict())),
    ('defaultdict(5)', lambda: defaultdict(5)),
    ("namedtuple('P', 'x y')(1)", lambda: namedtuple('P', 'x y')(1)),
    ("namedtuple('P', 'x y')(1, 2, 3)", lambda: namedtuple('P', 'x y')(1, 2, 3)),
    ("namedtuple('P', 'x y')(1, z=2)", lambda: namedtuple('P', 'x y')(1, z=2)),
    ("namedtuple('P', 'x y')(1, x=2)", lambda: namedtuple('P', 'x y')(1, x=2)),
    ("namedtuple('1P', 'x')", lambda: namedtuple('1P', 'x')),
    ("namedtuple('P', 'x x')", lambda: namedtuple('P', 'x x')),
    ("namedtuple('P', 'x _y')", lambda: namedtuple('P', 'x _y')),
    ("namedtuple('P', 'x def')", lambda: namedtuple('P', 'x def')),
    ("repr(namedtuple('P', 'x y')(1, 2))", lambda: repr(namedtuple('P', 'x y')(1, 2))),
    ("namedtuple('P', 'x y')._fields", lambda: namedtuple('P', 'x y')._fields),
    ("namedtuple('P', ['x', 'y'], defaults=[0])(1)", lambda: namedtuple('P', ['x', 'y'], defaults=[0])(1)),
    ("repr(namedtuple('P', 'x y')(1, 2)._replace(y=5))", lambda: repr(namedtuple('P', 'x y')(1, 2)._replace(y=5))),
    ("namedtuple('P', 'x y')(1, 2)._asdict()", lambda: namedtuple('P', 'x y')(1, 2)._asdict()),
    ("repr(type(namedtuple('P', 'x y')))", lambda: repr(type(namedtuple('P', 'x y')))),
    ("repr(namedtuple('P', 'x y'))", lambda: repr(namedtuple('P', 'x y'))),
    ("namedtuple('P', 'x y')(1,2)._replace(z=1)", lambda: namedtuple('P', 'x y')(1,2)._replace(z=1)),
    ("namedtuple('P', 'x y')._make([1])", lambda: namedtuple('P', 'x y')._make([1])),
]
for t, f in tests:
    try:
        r = f()
        print(t, "->", repr(r) if not isinstance(r, str) else r)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
P = namedtuple('P', 'x y')
p = P(1, 2)
for t in ["p.x = 5", "p.z = 1"]:
    try:
        (setattr(p, "x", 5) if t == "p.x = 5" else setattr(p, "z", 1))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
