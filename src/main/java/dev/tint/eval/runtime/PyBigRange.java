package dev.tint.eval.runtime;

import java.math.BigInteger;

/**
 * A range whose bounds or length do not fit a long ({@code range(10**20)}). Rare, so it is a
 * separate, slower class; {@link PyRange} keeps its long fast path. Shares the type {@code range}.
 */
public final class PyBigRange implements PyObject, PyReprable, PySized, PyContainer, PySubscriptable, PyIterable {
    final BigInteger start;
    final BigInteger stop;
    final BigInteger step;

    PyBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** range(start, stop, step) for any ints: a long PyRange when everything fits, else a big one. */
    public static PyObject of(Object start, Object stop, Object step) {
        if (start instanceof Long x && stop instanceof Long y && step instanceof Long z && z != 0
                && Math.abs(x) < (1L << 62) && Math.abs(y) < (1L << 62) && Math.abs(z) < (1L << 62)) {
            return new PyRange(x, y, z); // the common case: no overflow possible in its length
        }
        BigInteger b = Ints.big(start);
        BigInteger e = Ints.big(stop);
        BigInteger s = Ints.big(step);
        if (s.signum() == 0) {
            throw Errors.value("range() arg 3 must not be zero");
        }
        PyBigRange big = new PyBigRange(b, e, s);
        BigInteger len = big.bigLength();
        if (b.bitLength() < 63 && e.bitLength() < 63 && s.bitLength() < 63 && len.bitLength() < 63) {
            return new PyRange(b.longValue(), e.longValue(), s.longValue());
        }
        return big;
    }

    BigInteger bigLength() {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    @Override
    public long pyLen() {
        BigInteger n = bigLength();
        if (n.bitLength() >= 64) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    @Override
    public boolean pyContains(Object item) {
        if (!(item instanceof Long || item instanceof BigInteger || item instanceof Boolean)) {
            PyIterator it = pyIter();
            for (Object v = it.next(); v != null; v = it.next()) {
                if (Ops.eq(v, item)) {
                    return true;
                }
            }
            return false;
        }
        BigInteger v = Ints.big(item);
        boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    @Override
    public Object pyGetItem(Object index) {
        if (index instanceof PySlice) {
            throw Errors.type("slicing a range beyond 64-bit bounds is not supported in Tint");
        }
        Object iv = Ops.asIndexOrNull(index);
        if (iv == null) {
            throw Errors.type("range indices must be integers or slices, not %s", Ops.typeName(index));
        }
        BigInteger i = Ints.big(iv);
        BigInteger n = bigLength();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw Errors.index("range object index out of range");
        }
        return Ints.normalize(start.add(i.multiply(step)));
    }

    @Override
    public PyIterator pyIter() {
        return new PyIterator() {
            private BigInteger next = start;
            private BigInteger remaining = bigLength();

            @Override
            public Object next() {
                if (remaining.signum() <= 0) {
                    return null;
                }
                remaining = remaining.subtract(BigInteger.ONE);
                pollInterruptEveryManyItems();
                Object v = Ints.normalize(next);
                next = next.add(step);
                return v;
            }

            @Override
            protected String typeName() {
                return "longrange_iterator";
            }
        };
    }

    @Override
    public String pyRepr() {
        return step.equals(BigInteger.ONE) ? "range(" + start + ", " + stop + ")"
                : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public PyType type() {
        return PyType.RANGE;
    }
}
