package dev.tint.eval.text;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/**
 * {@code template % args} for str, as CPython 3.13's PyUnicode_Format (Objects/unicodeobject.c):
 * conversions {@code d i u o x X e E f F g G c r s a %}, flags {@code # 0 - + space}, width and
 * precision (also {@code *}), {@code %(name)s} keys, the ignored length modifiers {@code h l L},
 * and CPython's errors in CPython's order (an argument is taken before the conversion character
 * is checked, so {@code '%y' % ()} complains about the arguments).
 *
 * <p>Values: ints are Long/BigInteger (Boolean counts as int), floats Double; anything else is
 * only usable with {@code %s %r %a}, through {@link ObjectText}.
 */
public final class PercentFormat {
    private PercentFormat() {}

    /**
     * @param template the left operand
     * @param positional the right operand's items: a tuple's elements, or a one-element list
     *     holding a single non-tuple operand (a dict too: {@code '%s' % {}} formats the dict)
     * @param mapping non-null when the right operand is a mapping (dict): looks a key up, and
     *     throws the interpreter's own KeyError when it is missing
     * @param text str/repr/ascii/type name of arbitrary values
     * @throws FormatException TypeError, ValueError or OverflowError with CPython's message
     */
    public static String format(String template, List<Object> positional, Function<String, Object> mapping,
                                ObjectText text) {
        return new PercentFormat.Run(template, positional, mapping, text).run();
    }

    // Flags of one conversion.
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** One formatting operation: the template cursor and the argument cursor. */
    private static final class Run {
        private final String fmt;
        private final int n;
        private final Function<String, Object> dict;
        private final ObjectText text;
        private final StringBuilder out;

        // CPython's args/arglen/argidx: arglen == -1 means "a single object", taken once.
        private List<Object> args;
        private Object single;
        private int arglen;
        private int argidx;

        // Template cursor, and CPython's "fmtcnt < 0": a read was attempted past the end.
        private int pos;
        private boolean exhausted;

        // The conversion being parsed.
        private int ch;
        private int flags;
        private long width;
        private int prec;
        private boolean sign;

        Run(String fmt, List<Object> positional, Function<String, Object> mapping, ObjectText text) {
            this.fmt = fmt;
            this.n = fmt.length();
            this.dict = mapping;
            this.text = text;
            this.out = new StringBuilder(fmt.length() + 16);
            if (mapping != null) {
                single = positional.isEmpty() ? null : positional.get(0);
                arglen = -1;
                argidx = -2;
            } else {
                // A tuple of one and a single object behave identically, so both are lists here.
                args = positional;
                arglen = positional.size();
                argidx = 0;
            }
        }

        String run() {
            while (pos < n) {
                int pct = fmt.indexOf('%', pos);
                if (pct < 0) {
                    out.append(fmt, pos, n);
                    break;
                }
                out.append(fmt, pos, pct);
                pos = pct + 1;
                conversion();
            }
            if (argidx < arglen && dict == null) {
                throw FormatException.typeError("not all arguments converted during string formatting");
            }
            return out.toString();
        }

        private Object nextArg() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? single : args.get(i);
            }
            throw FormatException.typeError("not enough arguments for format string");
        }

        /** CPython's "if (--fmtcnt >= 0) ch = next char": advance, or note the end was hit. */
        private void advance() {
            if (pos < n) {
                ch = fmt.codePointAt(pos);
                pos += Character.charCount(ch);
            } else {
                exhausted = true;
            }
        }

        /** Parses and writes one conversion; pos is just past its '%'. */
        private void conversion() {
            ch = pos < n ? fmt.codePointAt(pos) : 0;
            if (ch == '%') {
                pos++;
                out.append('%');
                return;
            }
            flags = 0;
            width = -1;
            prec = -1;
            sign = false;
            exhausted = false;
            parse();
            String str = formatArg();
            if (str != null) {
                output(str);
            }
            if (dict != null && argidx < arglen) {
                throw FormatException.typeError("not all arguments converted during string formatting");
            }
        }

        /** CPython's unicode_format_arg_parse: key, flags, width, precision, length modifier. */
        private void parse() {
            if (ch == '(') {
                if (dict == null) {
                    throw FormatException.typeError("format requires a mapping");
                }
                pos++;
                int keyStart = pos;
                int depth = 1;
                while (depth > 0 && pos < n) {
                    char c = fmt.charAt(pos++);
                    if (c == ')') {
                        depth--;
                    } else if (c == '(') {
                        depth++;
                    }
                }
                if (depth > 0) {
                    throw FormatException.valueError("incomplete format key");
                }
                // The looked-up value becomes the (single) argument list from here on.
                single = dict.apply(fmt.substring(keyStart, pos - 1));
                args = null;
                arglen = -1;
                argidx = -2;
            }
            while (true) {
                if (pos >= n) {
                    exhausted = true;
                    break;
                }
                ch = fmt.codePointAt(pos);
                pos += Character.charCount(ch);
                int flag = switch (ch) {
                    case '-' -> F_LJUST;
                    case '+' -> F_SIGN;
                    case ' ' -> F_BLANK;
                    case '#' -> F_ALT;
                    case '0' -> F_ZERO;
                    default -> 0;
                };
                if (flag == 0) {
                    break;
                }
                flags |= flag;
            }
            if (!exhausted && ch == '*') {
                Object v = nextArg();
                if (!isInt(v)) {
                    throw FormatException.typeError("* wants int");
                }
                width = asSsize(v);
                if (width < 0) {
                    flags |= F_LJUST;
                    width = -width;
                }
                advance();
            } else if (!exhausted && ch >= '0' && ch <= '9') {
                width = ch - '0';
                while (true) {
                    advance();
                    if (exhausted || ch < '0' || ch > '9') {
                        break;
                    }
                    if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                        throw FormatException.valueError("width too big");
                    }
                    width = width * 10 + (ch - '0');
                }
            }
            if (!exhausted && ch == '.') {
                prec = 0;
                advance();
                if (!exhausted && ch == '*') {
                    Object v = nextArg();
                    if (!isInt(v)) {
                        throw FormatException.typeError("* wants int");
                    }
                    prec = asInt(v);
                    if (prec < 0) {
                        prec = 0;
                    }
                    advance();
                } else if (!exhausted && ch >= '0' && ch <= '9') {
                    prec = ch - '0';
                    while (true) {
                        advance();
                        if (exhausted || ch < '0' || ch > '9') {
                            break;
                        }
                        if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                            throw FormatException.valueError("precision too big");
                        }
                        prec = prec * 10 + (ch - '0');
                    }
                }
            }
            if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) {
                advance();
            }
            if (exhausted) {
                throw FormatException.valueError("incomplete format");
            }
        }

        /**
         * CPython's unicode_format_arg_format: takes the argument and converts it. Returns the
         * text to lay out.
         */
        private String formatArg() {
            Object v = nextArg();
            switch (ch) {
                case 's':
                    return v instanceof String s ? s : text.str(v);
                case 'r':
                    return text.repr(v);
                case 'a':
                    return text.ascii(v);
                case 'i', 'd', 'u', 'o', 'x', 'X':
                    sign = true;
                    return formatLong(viaIndex(v));
                case 'e', 'E', 'f', 'F', 'g', 'G':
                    sign = true;
                    return formatFloat(viaIndex(v));
                case 'c':
                    return new String(Character.toChars(formatChar(viaIndex(v))));
                default: {
                    int index = fmt.codePointCount(0, pos) - 1;
                    char shown = (ch >= 31 && ch <= 126) ? (char) ch : '?';
                    throw FormatException.valueError("unsupported format character '" + shown + "' (0x"
                            + Integer.toHexString(ch) + ") at index " + index);
                }
            }
        }

        /** A numeric argument that is no int, float or str: its __index__ value when it has one. */
        private Object viaIndex(Object v) {
            if (isInt(v) || v instanceof Double || v instanceof String) {
                return v;
            }
            Object i = text.index(v);
            return i == null ? v : i;
        }

        /** CPython's mainformatlong + _PyUnicode_FormatLong. */
        private String formatLong(Object v) {
            Number iobj;
            if (isInt(v)) {
                iobj = toInteger(v);
            } else if (v instanceof Double d) {
                if (ch == 'o' || ch == 'x' || ch == 'X') {
                    throw wrongType(v);
                }
                iobj = FloatMath.truncToInt(d); // int(d): may raise OverflowError / ValueError
            } else {
                throw wrongType(v);
            }
            if (prec > Integer.MAX_VALUE - 3) {
                throw FormatException.overflowError("precision too large");
            }
            boolean negative;
            String digits;
            int base = (ch == 'o') ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
            if (iobj instanceof BigInteger big) {
                negative = big.signum() < 0;
                digits = base == 10 ? NumberFormatter.intToString(big.abs()) : big.abs().toString(base);
            } else {
                long l = iobj.longValue();
                negative = l < 0;
                digits = Long.toUnsignedString(negative ? -l : l, base);
            }
            StringBuilder sb = new StringBuilder(digits.length() + Math.max(prec, 0) + 3);
            if (negative) {
                sb.append('-');
            }
            if ((flags & F_ALT) != 0 && base != 10) {
                sb.append('0').append(base == 8 ? 'o' : 'x');
            }
            for (int i = digits.length(); i < prec; i++) {
                sb.append('0');
            }
            sb.append(digits);
            String s = sb.toString();
            return ch == 'X' ? s.toUpperCase(java.util.Locale.ROOT) : s;
        }

        private FormatException wrongType(Object v) {
            String what = (ch == 'o' || ch == 'x' || ch == 'X') ? "an integer" : "a real number";
            return FormatException.typeError("%" + (char) ch + " format: " + what + " is required, not "
                    + text.typeName(v));
        }

        /** CPython's formatfloat. */
        private String formatFloat(Object v) {
            double x;
            if (v instanceof Double d) {
                x = d;
            } else if (isInt(v)) {
                x = NumberFormatter.intToDouble(toInteger(v));
            } else {
                throw FormatException.typeError("must be real number, not " + text.typeName(v));
            }
            int p = prec < 0 ? 6 : prec;
            return DoubleFormat.format(x, (char) ch, p, (flags & F_ALT) != 0 ? DoubleFormat.ALT : 0);
        }

        /** CPython's formatchar: a one-character str, or an int code point. */
        private int formatChar(Object v) {
            if (v instanceof String s) {
                if (!s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
                    return s.codePointAt(0);
                }
            } else if (isInt(v)) {
                Number i = toInteger(v);
                // A BigInteger here is out of C long range: CPython reports it as out of range.
                long x = i instanceof BigInteger ? -1 : i.longValue();
                if (x < 0 || x > 0x10ffff) {
                    throw FormatException.overflowError("%c arg not in range(0x110000)");
                }
                return (int) x;
            }
            throw FormatException.typeError("%c requires int or char");
        }

        /** CPython's unicode_format_arg_output: sign, '0x' prefix, padding. */
        private void output(String str) {
            int fill = (sign && (flags & F_ZERO) != 0) ? '0' : ' ';
            int len = str.codePointCount(0, str.length());
            if ((width == -1 || width <= len) && (prec == -1 || prec >= len)
                    && (flags & (F_SIGN | F_BLANK)) == 0) {
                out.append(str);
                return;
            }
            if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
                len = prec;
            }
            int pindex = 0; // a char index; everything skipped through it is ASCII
            char signChar = 0;
            boolean withSign = sign;
            if (withSign) {
                char c = str.charAt(0);
                if (c == '-' || c == '+') {
                    signChar = c;
                    len--;
                    pindex++;
                } else if ((flags & F_SIGN) != 0) {
                    signChar = '+';
                } else if ((flags & F_BLANK) != 0) {
                    signChar = ' ';
                } else {
                    withSign = false;
                }
            }
            long w = Math.max(width, len);
            if (w > Integer.MAX_VALUE - 16) {
                throw new FormatException("MemoryError", "");
            }
            boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
            if (withSign) {
                if (fill != ' ') {
                    out.append(signChar);
                }
                if (w > len) {
                    w--;
                }
            }
            if (prefix) {
                if (fill != ' ') {
                    out.append('0').append((char) ch);
                    pindex += 2;
                }
                w = Math.max(w - 2, 0);
                len -= 2;
            }
            if (w > len && (flags & F_LJUST) == 0) {
                NumberLayout.repeat(out, fill, (int) (w - len));
                w = len;
            }
            if (fill == ' ') {
                if (withSign) {
                    out.append(signChar);
                }
                if (prefix) {
                    out.append('0').append((char) ch);
                    pindex += 2;
                }
            }
            if (len > 0) {
                out.append(str, pindex, str.offsetByCodePoints(pindex, len));
            }
            if (w > len) {
                NumberLayout.repeat(out, ' ', (int) (w - len));
            }
        }

        private static boolean isInt(Object v) {
            return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Integer;
        }

        private static Number toInteger(Object v) {
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (v instanceof Integer i) {
                return (long) i;
            }
            return (Number) v;
        }

        /** PyLong_AsSsize_t for '*' widths. */
        private static long asSsize(Object v) {
            Number i = toInteger(v);
            if (i instanceof BigInteger b && b.bitLength() > 63) {
                throw FormatException.overflowError("Python int too large to convert to C ssize_t");
            }
            return i.longValue();
        }

        /** PyLong_AsInt for '*' precisions. */
        private static int asInt(Object v) {
            Number i = toInteger(v);
            if ((i instanceof BigInteger b && b.bitLength() > 31)
                    || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
                throw FormatException.overflowError("Python int too large to convert to C int");
            }
            return i.intValue();
        }
    }
}
