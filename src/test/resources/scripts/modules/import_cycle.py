# Two modules importing each other at top level work when attributes are used inside functions
import _cycle_a
import _cycle_b

print(_cycle_a.ping(4))
print(_cycle_b.pong(3))
print(_cycle_a.partner(), _cycle_b.partner())
print(_cycle_a._cycle_b is _cycle_b, _cycle_b._cycle_a is _cycle_a)
