package dev.tint.eval.text;

import dev.tint.source.Printable;

/**
 * {@code repr(s)} and {@code ascii(s)} of a Python str, as CPython's unicode_repr writes them.
 * The number parsers need it for their messages ({@code invalid literal for int() with base 10:
 * 'x'}); the interpreter may use it for str values too.
 *
 * <p>Printability follows Python's {@code str.isprintable}: everything except the Unicode
 * categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (other than the space itself). The JVM's Unicode
 * tables may be a version behind CPython's, which only matters for newly assigned characters.
 */
public final class StrRepr {
    private StrRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Python's {@code repr(s)}: quoted, with escapes for quotes, backslashes and unprintables. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** Python's {@code ascii(s)}: like repr, but every non-ASCII character escaped. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        // Single quotes unless the text has single quotes and no double quotes.
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(sb, 'x', c, 2);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (!asciiOnly && isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(sb, 'x', c, 2);
            } else if (c <= 0xffff) {
                hex(sb, 'u', c, 4);
            } else {
                hex(sb, 'U', c, 8);
            }
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, char kind, int c, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(c >> shift) & 0xf]);
        }
    }

    /** Python's str.isprintable for one character (see {@link Printable}). */
    public static boolean isPrintable(int c) {
        return Printable.isPrintable(c);
    }
}
