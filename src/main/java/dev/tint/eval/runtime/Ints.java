package dev.tint.eval.runtime;

import java.math.BigInteger;

/** Python int helpers: values are Long when they fit, BigInteger only beyond a long. */
public final class Ints {
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Ints() {}

    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** An int (or bool) as a BigInteger. */
    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    /** Converts an int to double as Python does, raising OverflowError when too large. */
    public static double toDouble(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        BigInteger b = (BigInteger) o;
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    public static long hash(long v) {
        // CPython: hash(n) = n mod (2**61 - 1) with the sign kept; -1 is reserved and becomes -2.
        long m = (1L << 61) - 1;
        long h;
        if (v >= 0) {
            h = v % m;
        } else if (v == Long.MIN_VALUE) {
            h = -4; // 2**63 mod (2**61 - 1) == 4
        } else {
            h = -((-v) % m);
        }
        return h == -1 ? -2 : h;
    }

    public static long hash(BigInteger v) {
        BigInteger m = BigInteger.valueOf((1L << 61) - 1);
        long h = v.abs().mod(m).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }
}
