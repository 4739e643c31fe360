package dev.tint.eval.text;

/**
 * CPython's {@code PyOS_double_to_string}: renders a double for one of the codes
 * {@code e E f F g G r} at a precision, with the {@code Py_DTSF_*} flags. Both {@code format()}
 * and {@code %}-formatting go through it, so it is the one place the layout rules live.
 *
 * <p>The layout follows {@code format_float_short} in Python/pystrtod.c step by step: take dtoa's
 * digits and decimal-point position, decide on exponent notation, pad with zeros on either side,
 * drop a trailing point unless in alternate form, then append the exponent.
 */
final class DoubleFormat {
    private DoubleFormat() {}

    /** Py_DTSF_ADD_DOT_0: keep at least ".0" on integral values (repr-like output). */
    static final int ADD_DOT_0 = 1;
    /** Py_DTSF_ALT: the '#' flag: keep the decimal point and, for 'g', trailing zeros. */
    static final int ALT = 2;
    /** Py_DTSF_NO_NEG_0: the 'z' flag: a result that shows only zeros loses its minus sign. */
    static final int NO_NEG_0 = 4;
    /** Py_DTSF_SIGN: always write a sign. */
    static final int SIGN = 8;

    /**
     * @param code one of e E f F g G r
     * @param precision digits after the point (e, f), significant digits (g; 0 means 1), or
     *     ignored (r)
     */
    static String format(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char mode = Character.toLowerCase(code);
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean negative = Double.doubleToRawLongBits(x) < 0;

        if (Double.isNaN(x) || Double.isInfinite(x)) {
            StringBuilder sb = new StringBuilder(4);
            // CPython ignores the sign of a NaN.
            if (Double.isInfinite(x) && negative) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(Double.isNaN(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.toString();
        }

        DecimalDigits dd;
        switch (mode) {
            case 'e':
                precision++; // dtoa is asked for precision+1 significant digits
                dd = DecimalDigits.significant(x, precision);
                break;
            case 'f':
                dd = DecimalDigits.fixed(x, precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                dd = DecimalDigits.significant(x, precision);
                break;
            case 'r':
                dd = DecimalDigits.shortest(x);
                break;
            default:
                throw new IllegalArgumentException("bad float format code " + code);
        }
        String digits = dd.digits();
        int digitsLen = digits.length();
        int decpt = dd.decpt();

        // The output is a slice vdigits[vdigitsStart:vdigitsEnd] of the digit string padded with
        // zeros on both sides, with the point placed at decpt.
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        switch (mode) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r': switch to exponent notation at 1e16, as repr does
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }

        boolean allZero = true;
        for (int i = 0; i < digitsLen && allZero; i++) {
            allZero = digits.charAt(i) == '0';
        }
        StringBuilder sb = new StringBuilder(vdigitsEnd - vdigitsStart + 8);
        if (negative && !(allZero && (flags & NO_NEG_0) != 0)) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        // Zeros to the left of the digits.
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        // The digits, with the point inside them if it falls there.
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        // Zeros to the right.
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.append('0');
        }
    }
}
