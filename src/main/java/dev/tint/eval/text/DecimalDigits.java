package dev.tint.eval.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digit string and decimal-point position that David Gay's {@code _Py_dg_dtoa} returns to
 * CPython's float formatting: {@code digits} has no leading or trailing zeros and the value is
 * {@code 0.<digits> * 10^decpt}. Zero is {@code "0"} with decpt 1, as in dtoa.
 *
 * <p>Rounding is correct and half-even on the double's exact binary value, which is what dtoa
 * does ({@code '%.2f' % 2.675 == '2.67'}, {@code '%.0f' % 2.5 == '2'}). A 128-bit fast path
 * handles ordinary magnitudes; BigDecimal covers the rest exactly.
 */
record DecimalDigits(String digits, int decpt) {

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static final DecimalDigits ZERO = new DecimalDigits("0", 1);

    /** dtoa mode 0: the shortest digits that read back as x (x finite, sign ignored). */
    static DecimalDigits shortest(double x) {
        if (x == 0) {
            return ZERO;
        }
        ShortestDecimal.Digits d = ShortestDecimal.of(x);
        String s = Long.toString(d.significand());
        return new DecimalDigits(s, d.exponent() + s.length());
    }

    /** dtoa mode 3: |x| rounded to {@code decimals} digits after the point (decimals >= 0). */
    static DecimalDigits fixed(double x, int decimals) {
        x = Math.abs(x);
        if (x == 0) {
            return ZERO;
        }
        long n = ScaledRounding.roundScaled(x, decimals);
        String s;
        if (n >= 0) {
            s = n == 0 ? "" : Long.toString(n);
        } else {
            BigDecimal bd = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN);
            s = bd.signum() == 0 ? "" : bd.unscaledValue().toString();
        }
        // dtoa returns no digits at all when the value rounds to zero, with decpt = -decimals.
        return stripped(s, s.length() - decimals);
    }

    /** dtoa mode 2: |x| rounded to {@code n >= 1} significant digits. */
    static DecimalDigits significant(double x, int n) {
        x = Math.abs(x);
        if (x == 0) {
            return ZERO;
        }
        if (n <= 17) {
            // Guess the decimal exponent k of the leading digit, then correct it by the
            // number of digits the exact rounding produced (at most a couple of retries).
            // With the right k, v lies in [10^(n-1), 10^n]; 10^n means the rounding carried.
            int k = (int) Math.floor(Math.log10(x));
            for (int attempt = 0; attempt < 4; attempt++) {
                long v = ScaledRounding.roundScaled(x, n - 1 - k);
                if (v < 0) {
                    break;
                }
                if (v >= POW10[n]) {
                    k++; // guess too low, or a carry: one digit less settles both
                } else if (v < POW10[n - 1]) {
                    k--;
                } else {
                    if (v == POW10[n - 1]) {
                        // Either x is just above 10^k, or k is one too high and the coarser
                        // rounding carried (9.99...95e-8 at 17 digits): one more digit decides.
                        long finer = ScaledRounding.roundScaled(x, n - k);
                        if (finer >= 0 && finer < POW10[n]) {
                            return stripped(Long.toString(finer), k);
                        }
                    }
                    return stripped(Long.toString(v), k + 1);
                }
            }
        }
        BigDecimal bd = new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String s = bd.unscaledValue().toString();
        return stripped(s, s.length() - bd.scale());
    }

    private static DecimalDigits stripped(String s, int decpt) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(end == s.length() ? s : s.substring(0, end), decpt);
    }
}
