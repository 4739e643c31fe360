package dev.tint.eval.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Float arithmetic whose Python semantics differ from Java's: {@code round()}, conversion to
 * int, floor division and modulo with Python's sign rules, and the numeric {@code hash()} that
 * makes {@code hash(1.0) == hash(1)}.
 */
public final class FloatMath {
    private FloatMath() {}

    private static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger HASH_MODULUS_BIG = BigInteger.valueOf(HASH_MODULUS);
    /** hash(float('inf')): the digits of pi. */
    public static final long HASH_INF = 314159;

    // ------------------------------------------------------------------ round

    /**
     * Python's {@code round(x, ndigits)} for a float: the decimal nearest to x's exact binary
     * value at ndigits places (ties to even), read back as a double, so
     * {@code round(2.675, 2) == 2.67}. Negative ndigits round to tens, hundreds...
     *
     * @param ndigits any value; CPython clips huge ints to Py_ssize_t, so a long covers them
     * @throws FormatException OverflowError "rounded value too large to represent"
     */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        // Beyond these, every double rounds to itself or to a zero (0.30103 > log10(2)).
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        int n = (int) ndigits;
        if (x == 0) {
            return x;
        }
        double result;
        long scaled = n >= 0 && n <= 22 ? ScaledRounding.roundScaled(x, n) : -1;
        if (scaled >= 0 && scaled < (1L << 53)) {
            // Both operands are exact doubles, so IEEE division rounds the quotient correctly.
            result = scaled / POW10[n];
        } else {
            result = new BigDecimal(Math.abs(x)).setScale(n, RoundingMode.HALF_EVEN).doubleValue();
            if (Double.isInfinite(result)) {
                throw FormatException.overflowError("rounded value too large to represent");
            }
        }
        return x < 0 ? -result : result; // also gives -0.0 for a negative x rounded to zero
    }

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** Python's {@code round(x)}: the nearest int, ties to even. */
    public static Number roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /** Python's {@code int(x)} for a float: truncation toward zero. */
    public static Number truncToInt(double x) {
        return toInt(x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    /** An integral double as an int: Long when it fits, else BigInteger. */
    private static Number toInt(double integral) {
        if (Double.isNaN(integral)) {
            throw FormatException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(integral)) {
            throw FormatException.overflowError("cannot convert float infinity to integer");
        }
        // Doubles are exactly representable in long strictly below 2^63 in magnitude.
        if (integral >= -0x1p63 && integral < 0x1p63) {
            return (long) integral;
        }
        return new BigDecimal(integral).toBigInteger();
    }

    // ------------------------------------------------------------------ // and %

    /**
     * Python's {@code x // y} for floats (CPython's float_floor_div). {@code y} must not be zero:
     * the caller raises ZeroDivisionError ("float floor division by zero").
     */
    public static double floorDiv(double x, double y) {
        return divmod(x, y)[0];
    }

    /**
     * Python's {@code x % y} for floats: the result takes the sign of y
     * ({@code -7.5 % 2 == 0.5}). {@code y} must not be zero: the caller raises
     * ZeroDivisionError ("float modulo by zero").
     */
    public static double mod(double x, double y) {
        double mod = x % y; // Java's % on doubles is C's fmod
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** Python's {@code divmod(x, y)} for floats, as {quotient, remainder}; y must not be zero. */
    public static double[] divmod(double x, double y) {
        double mod = x % y;
        // fmod is exact, so x - mod is (mathematically) a multiple of y; the division can still
        // be a hair off an integer, hence the snapping below, exactly as CPython does.
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floordiv, mod};
    }

    // ------------------------------------------------------------------ hash

    /**
     * CPython's numeric hash of a float: the value as a fraction reduced modulo 2**61 - 1, so
     * that equal ints and floats hash alike. A NaN hashes by identity in CPython; this returns 0
     * for it and the caller may substitute an identity hash.
     */
    public static long hash(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? HASH_INF : -HASH_INF;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        // x = m * 2^e and 2^61 == 1 (mod 2^61 - 1), so multiplying by 2^e is a rotation of the
        // 61-bit residue by e mod 61 (also for negative e: 2^-1 == 2^60).
        int k = Math.floorMod(e, 61);
        long h = m; // m < 2^53 < modulus
        if (k != 0) {
            h = ((h << k) & HASH_MODULUS) | (h >>> (61 - k));
        }
        if (x < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's hash of an int: sign * (|v| mod 2**61 - 1), with -1 mapped to -2. */
    public static long hash(long v) {
        long magnitude = v < 0 ? -v : v; // -Long.MIN_VALUE stays 2^63 read as unsigned
        long h = Long.remainderUnsigned(magnitude, HASH_MODULUS);
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's hash of a big int. */
    public static long hash(BigInteger v) {
        long h = v.abs().mod(HASH_MODULUS_BIG).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }
}
