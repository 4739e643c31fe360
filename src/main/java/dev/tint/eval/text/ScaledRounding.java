package dev.tint.eval.text;

/**
 * Exact {@code round_half_even(x * 10^q)} for a double x, using one 64x64->128-bit product
 * instead of BigDecimal. It covers the everyday cases ({@code f"{x:.2f}"}, {@code round(x, 3)});
 * callers fall back to BigDecimal when it answers -1.
 *
 * <p>Why it is exact: a finite double is m * 2^e with m < 2^53, so x * 10^q = m * 5^q * 2^(e+q).
 * For q <= 27, 5^q < 2^63 and m * 5^q fits in 128 bits; scaling by 2^(e+q) is a shift whose
 * discarded bits decide the rounding exactly.
 */
final class ScaledRounding {
    private ScaledRounding() {}

    static final int MAX_Q = 27;
    private static final long[] POW5 = new long[MAX_Q + 1];

    static {
        POW5[0] = 1;
        for (int i = 1; i <= MAX_Q; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
    }

    /**
     * round_half_even(|x| * 10^q) for finite x and 0 <= q <= 27, or -1 when q is out of that
     * range or the result does not fit in a non-negative long.
     */
    static long roundScaled(double x, int q) {
        if (q < 0 || q > MAX_Q) {
            return -1;
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
        if (m == 0) {
            return 0;
        }
        long p5 = POW5[q];
        long lo = m * p5;
        long hi = ShortestDecimal.unsignedMultiplyHigh(m, p5);
        int s = e + q;
        if (s >= 0) {
            if (hi != 0 || s >= 63 || (lo >>> (63 - s)) != 0) {
                return -1;
            }
            return lo << s;
        }
        int t = -s;
        if (t >= 128) {
            return 0; // m * 5^q < 2^117, so the quotient is below 2^-11
        }
        long n;
        long remHi;
        long remLo;
        long halfHi;
        long halfLo;
        if (t < 64) {
            if ((hi >>> t) != 0) {
                return -1;
            }
            n = (hi << (64 - t)) | (lo >>> t);
            remHi = 0;
            remLo = lo & ((1L << t) - 1);
            halfHi = 0;
            halfLo = 1L << (t - 1);
        } else if (t == 64) {
            n = hi;
            remHi = 0;
            remLo = lo;
            halfHi = 0;
            halfLo = 1L << 63;
        } else {
            n = hi >>> (t - 64);
            remHi = hi & ((1L << (t - 64)) - 1);
            remLo = lo;
            halfHi = 1L << (t - 65);
            halfLo = 0;
        }
        if (n < 0) {
            return -1;
        }
        int cmp = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(remLo, halfLo);
        if (cmp > 0 || (cmp == 0 && (n & 1) == 1)) {
            n++;
        }
        return n < 0 ? -1 : n;
    }
}
