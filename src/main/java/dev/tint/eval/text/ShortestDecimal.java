package dev.tint.eval.text;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given double, as CPython's {@code repr(float)} picks
 * it (David Gay's dtoa, mode 0): the fewest significant digits, and among those the one nearest
 * the double's exact value, ties to an even last digit.
 *
 * <p>This is Ulf Adams' Ryū algorithm (PLDI 2018), which computes exactly that decimal with a
 * few 64x128-bit multiplications and no big-number arithmetic. Java 17's
 * {@code Double.toString} is not usable: it sometimes emits a digit more than needed (JDK-4511638).
 *
 * <p>The result is returned as {@code significand * 10^exponent} with no trailing zeros in the
 * significand, which is the digit string dtoa hands to CPython's float formatting.
 */
final class ShortestDecimal {
    private ShortestDecimal() {}

    /** A finite, non-zero positive decimal: {@code significand * 10^exponent}. */
    record Digits(long significand, int exponent) {}

    private static final int MANTISSA_BITS = 52;
    private static final int BIAS = 1023;
    private static final int POW5_INV_BITCOUNT = 125;
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_TABLE_SIZE = 342;
    private static final int POW5_TABLE_SIZE = 326;

    // 5^i and 2^k/5^i, each truncated (resp. rounded up) to 125 significant bits and split into
    // [low 64 bits, high bits]. Computed once with BigInteger instead of pasted as a 1,300-entry
    // literal table: it costs under a millisecond at class load and cannot be mistyped.
    private static final long[][] POW5_SPLIT = new long[POW5_TABLE_SIZE][2];
    private static final long[][] POW5_INV_SPLIT = new long[POW5_INV_TABLE_SIZE][2];

    static {
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        BigInteger five = BigInteger.valueOf(5);
        BigInteger pow = BigInteger.ONE;
        for (int i = 0; i < POW5_INV_TABLE_SIZE; i++) {
            int pow5len = pow.bitLength();
            if (i < POW5_TABLE_SIZE) {
                int shift = pow5len - POW5_BITCOUNT;
                BigInteger v = shift >= 0 ? pow.shiftRight(shift) : pow.shiftLeft(-shift);
                POW5_SPLIT[i][0] = v.and(mask64).longValue();
                POW5_SPLIT[i][1] = v.shiftRight(64).longValue();
            }
            int j = pow5len - 1 + POW5_INV_BITCOUNT;
            BigInteger inv = BigInteger.ONE.shiftLeft(j).divide(pow).add(BigInteger.ONE);
            POW5_INV_SPLIT[i][0] = inv.and(mask64).longValue();
            POW5_INV_SPLIT[i][1] = inv.shiftRight(64).longValue();
            pow = pow.multiply(five);
        }
    }

    /** Shortest round-tripping decimal of a finite, non-zero double (the sign is ignored). */
    static Digits of(double value) {
        long bits = Double.doubleToRawLongBits(value);
        long ieeeMantissa = bits & ((1L << MANTISSA_BITS) - 1);
        int ieeeExponent = (int) ((bits >>> MANTISSA_BITS) & 0x7ff);

        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - BIAS - MANTISSA_BITS - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - BIAS - MANTISSA_BITS - 2;
            m2 = (1L << MANTISSA_BITS) | ieeeMantissa;
        }
        boolean even = (m2 & 1) == 0;
        boolean acceptBounds = even; // round-half-even on input: the interval is closed iff even

        // Step 2: the interval of decimals that read back as this double, scaled by 4.
        long mv = 4 * m2;
        int mmShift = (ieeeMantissa != 0 || ieeeExponent <= 1) ? 1 : 0;

        // Step 3: convert mv, mp = mv + 2 and mm = mv - 1 - mmShift to a decimal power base.
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            long[] mul = POW5_INV_SPLIT[q];
            vr = mulShift64(4 * m2, mul, i);
            vp = mulShift64(4 * m2 + 2, mul, i);
            vm = mulShift64(4 * m2 - 1 - mmShift, mul, i);
            if (q <= 21) {
                // Only one of mp, mv and mm can be a multiple of 5, if any.
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mv - 1 - mmShift, q);
                } else {
                    vp -= multipleOfPowerOf5(mv + 2, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - POW5_BITCOUNT;
            int j = q - k;
            long[] mul = POW5_SPLIT[i];
            vr = mulShift64(4 * m2, mul, j);
            vp = mulShift64(4 * m2 + 2, mul, j);
            vm = mulShift64(4 * m2 - 1 - mmShift, mul, j);
            if (q <= 1) {
                // mv = 4 * m2 has at least two trailing zero bits.
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    --vp;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = (mv & ((1L << q) - 1)) == 0;
            }
        }

        // Step 4: drop digits while the interval still contains a shorter decimal.
        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            // Rare general case: exact ties and inclusive bounds need the full bookkeeping.
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vmIsTrailingZeros) {
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                // The exact value is ...50000: round half to even.
                lastRemovedDigit = 4;
            }
            output = vr + (((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5) ? 1 : 0);
        } else {
            boolean roundUp = false;
            if (vp / 100 > vm / 100) {
                roundUp = vr % 100 >= 50;
                vr /= 100;
                vp /= 100;
                vm /= 100;
                removed += 2;
            }
            while (vp / 10 > vm / 10) {
                roundUp = vr % 10 >= 5;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            output = vr + ((vr == vm || roundUp) ? 1 : 0);
        }
        int exponent = e10 + removed;
        // Rounding up can leave trailing zeros (e.g. ...9 -> ...10); dtoa never emits them.
        while (output % 10 == 0) {
            output /= 10;
            exponent++;
        }
        return new Digits(output, exponent);
    }

    /** ceil(log2(5^e)), and 1 for e == 0; valid for 0 <= e <= 3528. */
    private static int pow5bits(int e) {
        return (int) (((e * 1217359L) >>> 19) + 1);
    }

    /** floor(log10(2^e)) for 0 <= e <= 1650. */
    private static int log10Pow2(int e) {
        return (int) ((e * 78913L) >>> 18);
    }

    /** floor(log10(5^e)) for 0 <= e <= 2620. */
    private static int log10Pow5(int e) {
        return (int) ((e * 732923L) >>> 20);
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        int count = 0;
        while (value % 5 == 0) {
            value /= 5;
            if (++count >= p) {
                return true;
            }
        }
        return count >= p;
    }

    /**
     * (m * mul) >> j where mul is a 128-bit unsigned number [low, high], m < 2^55 and
     * 64 < j < 128: the one multiplication Ryū needs, done with two 64x64->128 products.
     */
    private static long mulShift64(long m, long[] mul, int j) {
        long low1 = m * mul[1];
        long high1 = unsignedMultiplyHigh(m, mul[1]);
        long high0 = unsignedMultiplyHigh(m, mul[0]);
        long sum = high0 + low1;
        if (Long.compareUnsigned(sum, high0) < 0) {
            high1++;
        }
        int dist = j - 64;
        return (high1 << (64 - dist)) | (sum >>> dist);
    }

    /** Java 17 has only the signed multiplyHigh; this is its unsigned counterpart (JDK 18+). */
    static long unsignedMultiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }
}
