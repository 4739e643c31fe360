package dev.tint.eval.stdlib;

import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import java.math.BigInteger;

/**
 * {@code _tint_statistics}: the exact rational arithmetic CPython's statistics module does with
 * {@code fractions.Fraction} (its {@code _sum}, {@code _ss}, {@code _convert} and
 * {@code _float_sqrt_of_frac}), on BigIntegers. Fractions are passed around as (numerator,
 * denominator) int pairs; a NaN or infinity in the data is passed as (the float, None).
 */
public final class StatisticsNative {
    private StatisticsNative() {}

    public static PyModule create() {
        PyModule m = Natives.module("_tint_statistics", "Exact arithmetic for statistics.");
        Natives.def(m, "sum", (a, k) -> {
            Natives.exactlyOne("sum", a, k);
            Acc acc = new Acc(false);
            PyIterator it = Iteration.iter(a[0]);
            for (Object v = it.next(); v != null; v = it.next()) {
                acc.add(v);
            }
            return acc.sumResult();
        });
        Natives.def(m, "ss", (a, k) -> {
            // ss(data, c) -> (T, ssd_num, ssd_den, c_num, c_den, count)
            Natives.exactly("ss", a, k, 2);
            Object c = a[1];
            PyIterator it = Iteration.iter(a[0]);
            if (c != PyNone.NONE) {
                Acc acc = new Acc(false);
                for (Object x = it.next(); x != null; x = it.next()) {
                    Object d = Arith.sub(x, c);
                    acc.add(Arith.mul(d, d));
                }
                Object[] s = ((PyTuple) acc.sumResult()).items();
                return PyTuple.of(new Object[] {s[0], s[1], s[2], c, PyNone.NONE, s[3]});
            }
            Acc acc = new Acc(true);
            for (Object x = it.next(); x != null; x = it.next()) {
                acc.add(x);
            }
            return acc.ssResult();
        });
        Natives.def(m, "convert", (a, k) -> {
            Natives.exactly("convert", a, k, 3);
            return convert(Ints.big(a[0]), Ints.big(a[1]), (PyType) a[2]);
        });
        Natives.def(m, "reduce", (a, k) -> {
            Natives.exactly("reduce", a, k, 2);
            BigInteger[] r = reduce(Ints.big(a[0]), Ints.big(a[1]));
            return PyTuple.pair(Ints.normalize(r[0]), Ints.normalize(r[1]));
        });
        Natives.def(m, "float_sqrt_of_frac", (a, k) -> {
            Natives.exactly("float_sqrt_of_frac", a, k, 2);
            BigInteger[] r = reduce(Ints.big(a[0]), Ints.big(a[1]));
            return floatSqrtOfFrac(r[0], r[1]);
        });
        return m;
    }

    static BigInteger[] reduce(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new BigInteger[] {num, den};
    }

    /** _convert(Fraction(num, den), T) for T int or float. */
    static Object convert(BigInteger num, BigInteger den, PyType t) {
        BigInteger[] r = reduce(num, den);
        if (t == PyType.INT && r[1].equals(BigInteger.ONE)) {
            return Ints.normalize(r[0]);
        }
        return Arith.trueDiv(Ints.normalize(r[0]), Ints.normalize(r[1]));
    }

    /** Square root of n/m, rounded to the nearest integer using round-to-odd. */
    private static BigInteger isqrtFracRto(BigInteger n, BigInteger m) {
        BigInteger a = n.divide(m).sqrt();
        if (!a.multiply(a).multiply(m).equals(n)) {
            a = a.or(BigInteger.ONE);
        }
        return a;
    }

    private static final int SQRT_BIT_WIDTH = 2 * 53 + 3;

    static double floatSqrtOfFrac(BigInteger n, BigInteger m) {
        // q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2, floor division
        int q = Math.floorDiv(n.bitLength() - m.bitLength() - SQRT_BIT_WIDTH, 2);
        Object numerator;
        Object denominator;
        if (q >= 0) {
            numerator = Ints.normalize(isqrtFracRto(n, m.shiftLeft(2 * q)).shiftLeft(q));
            denominator = 1L;
        } else {
            numerator = Ints.normalize(isqrtFracRto(n.shiftLeft(-2 * q), m));
            denominator = Ints.normalize(BigInteger.ONE.shiftLeft(-q));
        }
        return (Double) Arith.trueDiv(numerator, denominator);
    }

    /** Exact accumulation of ints and floats as a dyadic rational, tracking CPython's result type. */
    static final class Acc {
        private final boolean squares;
        private BigInteger sum = BigInteger.ZERO;
        private int exp; // sum is sum * 2**exp, exp <= 0
        private BigInteger sumSq = BigInteger.ZERO;
        private int expSq;
        private Object special; // the running sum of NaNs and infinities, or null
        private long count;
        private PyType type = PyType.INT;

        Acc(boolean squares) {
            this.squares = squares;
        }

        void add(Object v) {
            PyType t = Ops.typeOf(v);
            coerce(t);
            count++;
            BigInteger m;
            int e;
            if (v instanceof Double d) {
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    special = special == null ? d : (Object) ((Double) special + d);
                    return;
                }
                if (d == 0.0) {
                    return;
                }
                long bits = Double.doubleToRawLongBits(d);
                int biased = (int) ((bits >>> 52) & 0x7ff);
                long mant = bits & 0x000FFFFFFFFFFFFFL;
                if (biased == 0) {
                    e = -1074;
                } else {
                    mant |= 1L << 52;
                    e = biased - 1075;
                }
                m = BigInteger.valueOf(d < 0 ? -mant : mant);
            } else if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
                m = Ints.big(v);
                e = 0;
            } else {
                throw Errors.type("can't convert type '%s' to numerator/denominator", Ops.typeName(v));
            }
            addScaled(m, e);
            if (squares) {
                addSquare(m.multiply(m), 2 * e);
            }
        }

        private void addScaled(BigInteger m, int e) {
            if (e < exp) {
                sum = sum.shiftLeft(exp - e);
                exp = e;
            }
            sum = sum.add(m.shiftLeft(e - exp));
        }

        private void addSquare(BigInteger m, int e) {
            if (e < expSq) {
                sumSq = sumSq.shiftLeft(expSq - e);
                expSq = e;
            }
            sumSq = sumSq.add(m.shiftLeft(e - expSq));
        }

        /** statistics._coerce for the types a Tint program has (int, bool, float). */
        private void coerce(PyType s) {
            PyType t = type;
            if (t == s) {
                return;
            }
            if (s == PyType.INT || s == PyType.BOOL) {
                return;
            }
            if (t == PyType.INT) {
                type = s;
                return;
            }
            if (s.isSubtypeOf(t)) {
                type = s;
                return;
            }
            if (t.isSubtypeOf(s)) {
                return;
            }
            if (t.isSubtypeOf(PyType.INT)) {
                type = s;
                return;
            }
            if (s.isSubtypeOf(PyType.INT)) {
                return;
            }
            throw Errors.type("don't know how to coerce %s and %s", t.name(), s.name());
        }

        private static Object[] fraction(BigInteger num, int exp) {
            BigInteger den = BigInteger.ONE;
            if (exp > 0) {
                num = num.shiftLeft(exp);
            } else if (exp < 0) {
                int tz = num.signum() == 0 ? -exp : Math.min(num.getLowestSetBit(), -exp);
                num = num.shiftRight(tz);
                den = BigInteger.ONE.shiftLeft(-exp - tz);
            }
            return new Object[] {num, den};
        }

        Object sumResult() {
            if (special != null) {
                return PyTuple.of(new Object[] {type, special, PyNone.NONE, count});
            }
            Object[] f = fraction(sum, exp);
            return PyTuple.of(new Object[] {type, Ints.normalize((BigInteger) f[0]),
                Ints.normalize((BigInteger) f[1]), count});
        }

        /** (T, ssd_num, ssd_den, c_num, c_den, count) as CPython's _ss(data) computes exactly. */
        Object ssResult() {
            if (count == 0) {
                return PyTuple.of(new Object[] {type, 0L, 1L, 0L, 1L, 0L});
            }
            if (special != null) {
                return PyTuple.of(new Object[] {type, special, PyNone.NONE, special, PyNone.NONE, count});
            }
            // sx = sum / 2**-exp, sxx = sumSq / 2**-expSq
            // ssd = (count*sxx - sx*sx) / count; bring both to the denominator 2**(-2*exp).
            BigInteger n = BigInteger.valueOf(count);
            int e2 = 2 * exp; // sx*sx scale
            BigInteger sxx = sumSq;
            int eSq = expSq;
            BigInteger sxsx = sum.multiply(sum);
            int common = Math.min(e2, eSq);
            BigInteger a = n.multiply(sxx.shiftLeft(eSq - common));
            BigInteger b = sxsx.shiftLeft(e2 - common);
            BigInteger numer = a.subtract(b);
            // ssd = numer * 2**common / count
            Object[] ssd = fraction(numer, common);
            BigInteger[] ssdR = reduce((BigInteger) ssd[0], ((BigInteger) ssd[1]).multiply(n));
            Object[] c = fraction(sum, exp);
            BigInteger[] cR = reduce((BigInteger) c[0], ((BigInteger) c[1]).multiply(n));
            return PyTuple.of(new Object[] {type, Ints.normalize(ssdR[0]), Ints.normalize(ssdR[1]),
                Ints.normalize(cR[0]), Ints.normalize(cR[1]), count});
        }
    }
}
