package dev.tint.eval.text;

/**
 * A parsed standard format specifier, the mini-language after the colon in
 * {@code f"{x:*>+#012,.3f}"}:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * <p>Parsing mirrors {@code parse_internal_render_format_spec} in CPython 3.13's
 * Python/formatter_unicode.c, including its defaults: the caller says which type is formatting
 * (int: type 'd', align '>'; float: no type, '>'; str: 's', '<') because the {@code 0} flag and
 * the grouping check depend on it. Type-specific rules (no precision for ints, no sign for
 * strings...) are checked by {@link NumberFormatter}, in CPython's order.
 *
 * @param fill the fill code point (' ' unless given, or '0' by the {@code 0} flag)
 * @param align one of {@code < > = ^}, already defaulted
 * @param sign {@code '+'}, {@code '-'}, {@code ' '}, or 0 when absent
 * @param noNegZero the {@code z} flag
 * @param alternate the {@code #} flag
 * @param width the minimum width, or -1
 * @param grouping {@code ','} or {@code '_'}, or 0
 * @param precision the precision, or -1
 * @param type the presentation type code point, already defaulted (0 for none)
 */
public record FormatSpec(
        int fill,
        char align,
        char sign,
        boolean noNegZero,
        boolean alternate,
        int width,
        char grouping,
        int precision,
        int type) {

    /** Defaults for {@code int.__format__} (also bool's). */
    public static final char INT_DEFAULT_TYPE = 'd';
    /** Defaults for {@code float.__format__}: no type means "like repr / like 'g'". */
    public static final char FLOAT_DEFAULT_TYPE = '\0';
    /** Defaults for {@code str.__format__}. */
    public static final char STR_DEFAULT_TYPE = 's';

    /** Parses a spec for a number, with int's defaults (type 'd', right-aligned). */
    public static FormatSpec parse(String spec, String typeName) {
        return parse(spec, typeName, INT_DEFAULT_TYPE, '>');
    }

    /** Parses a spec for an int-like value (int, bool). */
    public static FormatSpec parseForInt(String spec, String typeName) {
        return parse(spec, typeName, INT_DEFAULT_TYPE, '>');
    }

    /** Parses a spec for a float. */
    public static FormatSpec parseForFloat(String spec) {
        return parse(spec, "float", FLOAT_DEFAULT_TYPE, '>');
    }

    /** Parses a spec for a str. */
    public static FormatSpec parseForString(String spec) {
        return parse(spec, "str", STR_DEFAULT_TYPE, '<');
    }

    /**
     * Parses {@code spec} as CPython does for an object of type {@code typeName} (used only in
     * the "Invalid format specifier" message).
     *
     * @throws FormatException ValueError with CPython's message for a malformed spec
     */
    public static FormatSpec parse(String spec, String typeName, char defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        char sign = 0;
        boolean noNegZero = false;
        boolean alternate = false;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        int type = defaultType;

        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (cp[pos] == ' ' || cp[pos] == '+' || cp[pos] == '-')) {
            sign = (char) cp[pos];
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        // The '0' flag: zero fill, and '=' alignment for numbers, unless a fill was given.
        if (!fillSpecified && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long[] value = new long[1];
        pos = readInteger(cp, pos, value);
        if (pos > start) {
            width = (int) value[0];
        }
        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != 0) {
                throw FormatException.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',' && grouping == '_') {
            throw FormatException.valueError("Cannot specify both ',' and '_'.");
        }
        if (end - pos >= 1 && cp[pos] == '.') {
            pos++;
            start = pos;
            pos = readInteger(cp, pos, value);
            if (pos == start) {
                throw FormatException.valueError("Format specifier missing precision");
            }
            precision = (int) value[0];
        }
        if (end - pos > 1) {
            throw FormatException.valueError(
                    "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (end - pos == 1) {
            type = cp[pos];
        }
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') {
                        break; // every four digits, see groupSize()
                    }
                    throw invalidGrouping(grouping, type);
                default:
                    throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    /** Digits between separators: 4 for '_' in binary, octal and hex (PEP 515), else 3. */
    public int groupSize() {
        return (type == 'b' || type == 'o' || type == 'x' || type == 'X') ? 4 : 3;
    }

    /** The type as CPython prints it in messages: the character, or {@code \x..} when unprintable. */
    static String typeForMessage(int type) {
        if (type > 32 && type < 128) {
            return String.valueOf((char) type);
        }
        return "\\x" + Integer.toHexString(type);
    }

    private static FormatException invalidGrouping(char grouping, int type) {
        return FormatException.valueError("Cannot specify '" + grouping + "' with '" + typeForMessage(type) + "'.");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Reads decimal digits (any Unicode decimal digit, as Py_UNICODE_TODECIMAL accepts) from
     * {@code pos}; stores the value and returns the position after them. Overflow is checked
     * against Py_ssize_t as CPython does; values beyond an int are clamped to
     * Integer.MAX_VALUE, which no JVM string can reach anyway.
     */
    private static int readInteger(int[] cp, int pos, long[] out) {
        long acc = 0;
        while (pos < cp.length) {
            int c = cp[pos];
            int d = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatException.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            pos++;
        }
        out[0] = Math.min(acc, Integer.MAX_VALUE);
        return pos;
    }
}
