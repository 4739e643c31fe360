package dev.tint.eval.text;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} and f-string {@code {value:spec}} for int, bool, float and str,
 * following {@code int.__format__}, {@code float.__format__} and {@code str.__format__} of
 * CPython 3.13 (Python/formatter_unicode.c), including which error wins when a spec breaks
 * several rules.
 *
 * <p>Ints are {@link Long} or {@link BigInteger}; an int formatted with a float type
 * ({@code e f g %}...) is converted to float first, as CPython does. The C locale is assumed for
 * the {@code n} type (no grouping, '.' as decimal point), which is what CPython uses unless a
 * program calls {@code locale.setlocale}.
 */
public final class NumberFormatter {
    private NumberFormatter() {}

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;

    // ---------------------------------------------------------------- int

    public static String formatInt(long value, String spec) {
        return formatInt(value, spec, "int");
    }

    public static String formatInt(BigInteger value, String spec) {
        return formatInt(value, spec, "int");
    }

    /**
     * {@code format(value, spec)} for an int-like value; {@code typeName} ("int", "bool") only
     * appears in error messages. An empty spec gives {@code str(value)} of an int, so a bool's
     * empty spec ("True") must be handled by the caller, or use {@link #formatBool}.
     */
    public static String formatInt(long value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Long.toString(value);
        }
        return formatInt(Long.valueOf(value), FormatSpec.parseForInt(spec, typeName), typeName);
    }

    public static String formatInt(BigInteger value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return intToString(value);
        }
        return formatInt(value, FormatSpec.parseForInt(spec, typeName), typeName);
    }

    /** {@code format(b, spec)} for a bool: "True"/"False" for an empty spec, else as the int 1/0. */
    public static String formatBool(boolean value, String spec) {
        if (spec.isEmpty()) {
            return value ? "True" : "False";
        }
        return formatInt(value ? 1L : 0L, spec, "bool");
    }

    /**
     * Formats an int ({@link Long} or {@link BigInteger}) with a spec parsed by
     * {@link FormatSpec#parseForInt}.
     */
    public static String formatInt(Number value, FormatSpec spec, String typeName) {
        switch (spec.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatIntegral(value, spec);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(intToDouble(value), spec);
            default:
                throw unknownType(spec.type(), typeName);
        }
    }

    /** {@code float(i)} for an int: correctly rounded, OverflowError beyond the double range. */
    public static double intToDouble(Number value) {
        if (value instanceof BigInteger big) {
            double d = big.doubleValue();
            if (Double.isInfinite(d)) {
                throw FormatException.overflowError("int too large to convert to float");
            }
            return d;
        }
        return value.longValue();
    }

    /**
     * {@code str(i)} for a big int, refusing more than 4300 digits as CPython does by default
     * ({@code sys.set_int_max_str_digits}).
     */
    public static String intToString(BigInteger value) {
        // 3.33 bits per digit: below ~14,000 bits the limit cannot be exceeded.
        int bits = value.bitLength();
        if (bits > 14_000) {
            // Too many digits for sure past this (log10(2) > 0.30102), so skip the conversion.
            if ((long) ((bits - 1) * 0.30102) + 1 > MAX_STR_DIGITS) {
                throw tooManyDigits();
            }
        }
        String s = value.toString();
        int digits = s.length() - (value.signum() < 0 ? 1 : 0);
        if (digits > MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return s;
    }

    private static FormatException tooManyDigits() {
        return FormatException.valueError("Exceeds the limit (" + MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** CPython's format_long_internal, for the types b c d o x X n. */
    private static String formatIntegral(Number value, FormatSpec spec) {
        if (spec.precision() != -1) {
            throw FormatException.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int type = spec.type();
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw FormatException.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw FormatException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value instanceof BigInteger big && big.bitLength() > 63) {
                throw FormatException.overflowError("Python int too large to convert to C long");
            }
            long x = value.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw FormatException.overflowError("%c arg not in range(0x110000)");
            }
            return NumberLayout.layout(false, "", "", new String(Character.toChars((int) x)), spec, (char) 0, 3);
        }
        int base = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative;
        String digits;
        if (value instanceof BigInteger big) {
            negative = big.signum() < 0;
            digits = base == 10 ? intToString(big.abs()) : big.abs().toString(base);
        } else {
            long v = value.longValue();
            negative = v < 0;
            // Long.toUnsignedString copes with Long.MIN_VALUE, whose magnitude has no long.
            digits = Long.toUnsignedString(negative ? -v : v, base);
        }
        String prefix = "";
        if (spec.alternate() && base != 10) {
            prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        }
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
        }
        if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && spec.grouping() == 0) {
            return negative ? "-" + prefix + digits : prefix + digits;
        }
        // 'n' uses the C locale: no grouping at all.
        char sep = type == 'n' ? 0 : spec.grouping();
        return NumberLayout.layout(negative, prefix, digits, "", spec, sep, spec.groupSize());
    }

    // ---------------------------------------------------------------- float

    /** {@code format(x, spec)} for a float; an empty spec gives {@code repr(x)}. */
    public static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(value);
        }
        return formatFloat(value, FormatSpec.parseForFloat(spec));
    }

    /**
     * {@code format(x, spec)} for a float with a spec parsed by {@link FormatSpec#parseForFloat}
     * (CPython's float.__format__ type check, then format_float_internal).
     */
    public static String formatFloat(double value, FormatSpec spec) {
        switch (spec.type()) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                break;
            default:
                throw unknownType(spec.type(), "float");
        }
        if (spec.precision() == Integer.MAX_VALUE) {
            throw FormatException.valueError("precision too big");
        }
        int type = spec.type();
        int precision = spec.precision();
        int flags = 0;
        int defaultPrecision = 6;
        boolean addPct = false;
        if (spec.alternate()) {
            flags |= DoubleFormat.ALT;
        }
        if (spec.noNegZero()) {
            flags |= DoubleFormat.NO_NEG_0;
        }
        char code;
        if (type == 0) {
            // No type: repr() without a precision, else 'g' keeping at least one decimal.
            flags |= DoubleFormat.ADD_DOT_0;
            code = 'r';
            defaultPrecision = 0;
        } else if (type == 'n') {
            code = 'g';
        } else {
            code = (char) type;
        }
        if (code == '%') {
            code = 'f';
            value *= 100; // in double arithmetic, as CPython does
            addPct = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        String buf = DoubleFormat.format(value, code, precision, flags);
        if (addPct) {
            buf = buf + "%";
        }
        if (spec.sign() != '+' && spec.sign() != ' ' && spec.width() == -1 && type != 'n' && spec.grouping() == 0) {
            return buf;
        }
        boolean negative = buf.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int i = start;
        while (i < buf.length() && buf.charAt(i) >= '0' && buf.charAt(i) <= '9') {
            i++;
        }
        char sep = type == 'n' ? 0 : spec.grouping();
        return NumberLayout.layout(negative, "", buf.substring(start, i), buf.substring(i), spec, sep, 3);
    }

    // ---------------------------------------------------------------- str

    /** {@code format(s, spec)} for a str. */
    public static String formatString(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        return formatString(value, FormatSpec.parseForString(spec));
    }

    /** CPython's format_string_internal, with the type check of str.__format__ first. */
    public static String formatString(String value, FormatSpec spec) {
        if (spec.type() != 's') {
            throw unknownType(spec.type(), "str");
        }
        if (spec.sign() == ' ') {
            throw FormatException.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw FormatException.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw FormatException.valueError("'=' alignment not allowed in string format specifier");
        }
        return pad(value, spec.width(), spec.precision(), spec.align(), spec.fill());
    }

    /**
     * Truncates to {@code precision} code points (if >= 0) and pads to {@code width} code points
     * with {@code fill}, as CPython's calc_padding: '^' puts the odd extra character on the right.
     */
    static String pad(String value, int width, int precision, char align, int fill) {
        int len = value.codePointCount(0, value.length());
        if (precision >= 0 && len > precision) {
            value = value.substring(0, value.offsetByCodePoints(0, precision));
            len = precision;
        }
        if (width <= len) {
            return value;
        }
        int total = width - len;
        int left = switch (align) {
            case '>' -> total;
            case '^' -> total / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder(value.length() + total);
        NumberLayout.repeat(sb, fill, left);
        sb.append(value);
        NumberLayout.repeat(sb, fill, total - left);
        return sb.toString();
    }

    static FormatException unknownType(int type, String typeName) {
        return FormatException.valueError("Unknown format code '" + FormatSpec.typeForMessage(type)
                + "' for object of type '" + typeName + "'");
    }
}
