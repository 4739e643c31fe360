package dev.tint.eval.text;

/**
 * {@code repr(float)} and {@code str(float)}, which are the same in Python 3: the shortest
 * decimal that reads back as the same double, laid out the way CPython's
 * {@code PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)} does.
 *
 * <p>This sits on every {@code print(x)} and {@code str(x)} of a float, so it works on a
 * {@code char[]} and never touches BigDecimal.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** Python's {@code repr(x)} for a float: {@code 0.1}, {@code 1e+16}, {@code -0.0}, {@code nan}. */
    public static String repr(double x) {
        if (x != x) {
            return "nan"; // CPython ignores the sign bit of a NaN
        }
        if (x == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (x == 0) {
            return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        }
        ShortestDecimal.Digits d = ShortestDecimal.of(x);
        return layout(x < 0, d.significand(), d.exponent());
    }

    /**
     * Lays out {@code significand * 10^exponent} (significand without trailing zeros) as repr does:
     * scientific notation when the decimal exponent is below -4 or at least 16, else positional
     * with at least one digit after the point.
     */
    static String layout(boolean negative, long significand, int exponent) {
        // Digits of the significand, at most 17 of them.
        char[] digits = new char[20];
        int n = 0;
        for (long s = significand; s != 0; s /= 10) {
            digits[n++] = (char) ('0' + (int) (s % 10));
        }
        // digits[] holds them least-significant first; decpt is where the point goes.
        int decpt = exponent + n;
        char[] out = new char[n + Math.max(0, Math.max(decpt, -decpt)) + 8];
        int p = 0;
        if (negative) {
            out[p++] = '-';
        }
        if (decpt <= -4 || decpt > 16) {
            out[p++] = digits[n - 1];
            if (n > 1) {
                out[p++] = '.';
                for (int i = n - 2; i >= 0; i--) {
                    out[p++] = digits[i];
                }
            }
            int exp = decpt - 1;
            out[p++] = 'e';
            out[p++] = exp < 0 ? '-' : '+';
            int a = Math.abs(exp);
            if (a >= 100) {
                out[p++] = (char) ('0' + a / 100);
            }
            out[p++] = (char) ('0' + a / 10 % 10);
            out[p++] = (char) ('0' + a % 10);
        } else if (decpt <= 0) {
            out[p++] = '0';
            out[p++] = '.';
            for (int i = decpt; i < 0; i++) {
                out[p++] = '0';
            }
            for (int i = n - 1; i >= 0; i--) {
                out[p++] = digits[i];
            }
        } else if (decpt >= n) {
            for (int i = n - 1; i >= 0; i--) {
                out[p++] = digits[i];
            }
            for (int i = n; i < decpt; i++) {
                out[p++] = '0';
            }
            out[p++] = '.';
            out[p++] = '0';
        } else {
            for (int i = n - 1; i >= 0; i--) {
                out[p++] = digits[i];
                if (i == n - decpt) {
                    out[p++] = '.';
                }
            }
        }
        return new String(out, 0, p);
    }
}
