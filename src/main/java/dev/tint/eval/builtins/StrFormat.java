package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.FormatErrors;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.Strs;
import dev.tint.eval.runtime.TextOfValues;
import dev.tint.eval.text.FormatException;
import dev.tint.eval.text.NumberFormatter;
import java.math.BigInteger;

/**
 * {@code format(value, spec)}, the conversions {@code !r !s !a}, and {@code str.format} /
 * {@code str.format_map} with CPython's replacement-field grammar, parse order and messages
 * (Objects/stringlib/unicode_format.h): literal text and fields are processed left to right, so
 * an error late in the template surfaces only after the earlier fields were formatted.
 */
public final class StrFormat {
    private StrFormat() {}

    /** {@code format(value, spec)}: what {@code f"{value:spec}"} produces. */
    public static String formatValue(Object value, String spec) {
        try {
            if (value instanceof String s) {
                return spec.isEmpty() ? s : NumberFormatter.formatString(s, spec);
            }
            if (value instanceof Long l) {
                return NumberFormatter.formatInt(l, spec);
            }
            if (value instanceof Double d) {
                return NumberFormatter.formatFloat(d, spec);
            }
            if (value instanceof Boolean b) {
                return NumberFormatter.formatBool(b, spec);
            }
            if (value instanceof BigInteger b) {
                return NumberFormatter.formatInt(b, spec);
            }
        } catch (FormatException e) {
            throw FormatErrors.toScriptError(e);
        }
        Object method = Dunders.find(value, "__format__");
        if (method != null) {
            Object r = Ops.call(method, spec);
            if (!(r instanceof String s)) {
                throw Errors.type("__format__ must return a str, not %s", Ops.typeName(r));
            }
            return s;
        }
        if (!spec.isEmpty()) {
            throw Errors.type("unsupported format string passed to %s.__format__", Ops.typeName(value));
        }
        return Ops.str(value);
    }

    /** The {@code !r}, {@code !s} or {@code !a} conversion of a replacement field. */
    public static String convert(Object value, char conversion) {
        switch (conversion) {
            case 'r':
                return Ops.repr(value);
            case 's':
                return Ops.str(value);
            case 'a':
                return TextOfValues.INSTANCE.ascii(value);
            default:
                if (conversion > 32 && conversion < 127) {
                    throw Errors.value("Unknown conversion specifier %c", conversion);
                }
                throw Errors.value("Unknown conversion specifier \\x%x", (int) conversion);
        }
    }

    /** {@code template.format(*args, **kwargs)} in the vectorcall layout. */
    static String format(String template, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        Object[] positional = new Object[npos];
        System.arraycopy(args, 0, positional, 0, npos);
        PyDict kwargs = null;
        if (nkw > 0) {
            kwargs = new PyDict(nkw);
            for (int i = 0; i < nkw; i++) {
                kwargs.put(kwnames[i], args[npos + i]);
            }
        }
        return new Run(template, positional, kwargs).build(Strs.codePoints(template), 0, -1, 2);
    }

    /** {@code template.format_map(mapping)}. */
    static String formatMap(String template, Object mapping) {
        return new Run(template, null, mapping).build(Strs.codePoints(template), 0, -1, 2);
    }

    private static final int ANS_INIT = 0;
    private static final int ANS_AUTO = 1;
    private static final int ANS_MANUAL = 2;

    /** One formatting operation: the arguments and the auto-numbering state shared by nested specs. */
    private static final class Run {
        private final Object[] args;
        private final Object kwargs;
        private int autoState = ANS_INIT;
        private int autoNumber;
        // Parser outputs for one field.
        private int nameStart;
        private int nameEnd;
        private int specStart;
        private int specEnd;
        private int conversion;
        private boolean specNeedsExpanding;

        Run(String template, Object[] args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        /** Formats cp[start:end] (end -1 for the whole array). */
        String build(int[] cp, int start, int end, int depth) {
            if (depth <= 0) {
                throw Errors.value("Max string recursion exceeded");
            }
            if (end < 0) {
                end = cp.length;
            }
            StringBuilder out = new StringBuilder(cp.length + 16);
            int pos = start;
            while (pos < end) {
                // Literal text up to an unescaped brace.
                int litStart = pos;
                int c = 0;
                boolean markup = false;
                while (pos < end) {
                    c = cp[pos++];
                    if (c == '{' || c == '}') {
                        markup = true;
                        break;
                    }
                }
                boolean atEnd = pos >= end;
                int len = pos - litStart;
                if (c == '}' && markup && (atEnd || cp[pos] != '}')) {
                    throw Errors.value("Single '}' encountered in format string");
                }
                if (atEnd && c == '{' && markup) {
                    throw Errors.value("Single '{' encountered in format string");
                }
                if (markup && !atEnd) {
                    if (cp[pos] == c) {
                        pos++;
                        markup = false;
                    } else {
                        len--;
                    }
                }
                appendCodePoints(out, cp, litStart, litStart + len);
                if (!markup) {
                    continue;
                }
                pos = parseField(cp, pos, end);
                outputMarkup(out, cp, depth);
            }
            return out.toString();
        }

        /** Parses a field after its '{'; returns the position after the field's '}'. */
        private int parseField(int[] cp, int pos, int end) {
            conversion = 0;
            specStart = 0;
            specEnd = 0;
            specNeedsExpanding = false;
            nameStart = pos;
            int c = 0;
            while (pos < end) {
                c = cp[pos++];
                if (c == '{') {
                    throw Errors.value("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < end && cp[pos] != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            nameEnd = pos - 1;
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= end) {
                        throw Errors.value("end of string while looking for conversion specifier");
                    }
                    conversion = cp[pos++];
                    if (pos < end) {
                        c = cp[pos++];
                        if (c == '}') {
                            return pos;
                        }
                        if (c != ':') {
                            throw Errors.value("expected ':' after conversion specifier");
                        }
                    }
                }
                specStart = pos;
                int count = 1;
                while (pos < end) {
                    c = cp[pos++];
                    if (c == '{') {
                        specNeedsExpanding = true;
                        count++;
                    } else if (c == '}') {
                        count--;
                        if (count == 0) {
                            specEnd = pos - 1;
                            return pos;
                        }
                    }
                }
                throw Errors.value("unmatched '{' in format spec");
            } else if (c != '}') {
                throw Errors.value("expected '}' before end of string");
            }
            return pos;
        }

        private void outputMarkup(StringBuilder out, int[] cp, int depth) {
            int fStart = nameStart;
            int fEnd = nameEnd;
            int conv = conversion;
            int sStart = specStart;
            int sEnd = specEnd;
            boolean expand = specNeedsExpanding;
            Object obj = fieldObject(cp, fStart, fEnd);
            if (conv != 0) {
                obj = convert(obj, (char) conv);
            }
            String spec;
            if (expand) {
                spec = build(cp, sStart, sEnd, depth - 1);
            } else {
                spec = sStart < sEnd ? new String(cp, sStart, sEnd - sStart) : "";
            }
            out.append(formatValue(obj, spec));
        }

        /** Decimal value of cp[start:end], -1 when empty or not all digits. */
        private static long integer(int[] cp, int start, int end) {
            if (start >= end) {
                return -1;
            }
            long acc = 0;
            for (int i = start; i < end; i++) {
                int d = Unicode.isDecimal(cp[i]) ? Character.digit(cp[i], 10) : -1;
                if (d < 0) {
                    return -1;
                }
                if (acc > (Long.MAX_VALUE - d) / 10) {
                    throw Errors.value("Too many decimal digits in format string");
                }
                acc = acc * 10 + d;
            }
            return acc;
        }

        private Object fieldObject(int[] cp, int start, int end) {
            int i = start;
            while (i < end && cp[i] != '[' && cp[i] != '.') {
                i++;
            }
            long index = integer(cp, start, i);
            boolean empty = i == start;
            boolean numeric = empty || index != -1;
            if (autoState == ANS_INIT && numeric) {
                autoState = empty ? ANS_AUTO : ANS_MANUAL;
            }
            if (numeric) {
                if (autoState == ANS_MANUAL) {
                    if (empty) {
                        throw Errors.value("cannot switch from manual field specification to automatic field numbering");
                    }
                } else if (!empty) {
                    throw Errors.value("cannot switch from automatic field numbering to manual field specification");
                }
            }
            if (empty) {
                index = autoNumber++;
            }
            Object obj;
            if (index == -1) {
                String key = new String(cp, start, i - start);
                if (kwargs == null) {
                    throw Errors.key(key);
                }
                obj = Items.getItem(kwargs, key);
            } else {
                if (args == null) {
                    throw Errors.value("Format string contains positional fields");
                }
                if (index >= args.length) {
                    throw Errors.raise(ExceptionTypes.INDEX_ERROR,
                            "Replacement index " + index + " out of range for positional args tuple");
                }
                obj = args[(int) index];
            }
            // The rest: .attr and [key] parts.
            while (i < end) {
                int c = cp[i++];
                int partStart = i;
                boolean attribute;
                if (c == '.') {
                    attribute = true;
                    while (i < end && cp[i] != '[' && cp[i] != '.') {
                        i++;
                    }
                } else if (c == '[') {
                    attribute = false;
                    boolean closed = false;
                    while (i < end) {
                        if (cp[i++] == ']') {
                            closed = true;
                            break;
                        }
                    }
                    if (!closed) {
                        throw Errors.value("Missing ']' in format string");
                    }
                } else {
                    throw Errors.value("Only '.' or '[' may follow ']' in format field specifier");
                }
                int partEnd = attribute ? i : i - 1;
                if (partStart == partEnd) {
                    throw Errors.value("Empty attribute in format string");
                }
                String part = new String(cp, partStart, partEnd - partStart);
                if (attribute) {
                    obj = Ops.getAttr(obj, part);
                } else {
                    long idx = integer(cp, partStart, partEnd);
                    obj = Items.getItem(obj, idx == -1 ? part : (Object) idx);
                }
            }
            return obj;
        }

        private static void appendCodePoints(StringBuilder out, int[] cp, int from, int to) {
            for (int i = from; i < to; i++) {
                out.appendCodePoint(cp[i]);
            }
        }
    }
}
