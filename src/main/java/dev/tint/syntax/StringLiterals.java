package dev.tint.syntax;

/**
 * Decodes the body of a string literal: backslash escapes (unless raw) and line ends (CRLF and
 * CR become LF, as CPython reads source). Malformed escapes raise CPython's "(unicode error)"
 * messages, whose byte positions count non-ASCII characters as their 10-char {@code \U} form.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** Thrown for a malformed escape; the caller locates it at the literal's token. */
    static final class BadEscape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadEscape(String message) {
            super(message, null, false, false);
        }
    }

    /** A STRING token's text: prefix, quotes and body. */
    static String decodeToken(String token) {
        int q = 0;
        while (token.charAt(q) != '\'' && token.charAt(q) != '"') {
            q++;
        }
        boolean raw = false;
        for (int i = 0; i < q; i++) {
            char c = token.charAt(i);
            raw |= c == 'r' || c == 'R';
        }
        int quoteSize = token.length() - q >= 6 && token.charAt(q + 1) == token.charAt(q)
                && token.charAt(q + 2) == token.charAt(q) ? 3 : 1;
        String body = token.substring(q + quoteSize, token.length() - quoteSize);
        return decode(body, raw);
    }

    /** True when a STRING token's prefix contains b or B. */
    static boolean isBytes(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\'' || c == '"') {
                return false;
            }
            if (c == 'b' || c == 'B') {
                return true;
            }
        }
        return false;
    }

    static String decode(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            return normalizeNewlines(body);
        }
        String s = normalizeNewlines(body);
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int escStart = i;
            if (i + 1 >= n) {
                out.append('\\');
                break;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        value = value * 8 + (s.charAt(i++) - '0');
                    }
                    out.appendCodePoint(value);
                }
                case 'x' -> i = hex(s, i, 2, "truncated \\xXX escape", escStart, out);
                case 'u' -> i = hex(s, i, 4, "truncated \\uXXXX escape", escStart, out);
                case 'U' -> i = hex(s, i, 8, "truncated \\UXXXXXXXX escape", escStart, out);
                case 'N' -> i = named(s, i, escStart, out);
                default -> {
                    out.append('\\');
                    i--;
                }
            }
        }
        return out.toString();
    }

    private static int hex(String s, int i, int digits, String message, int escStart,
                           StringBuilder out) {
        int value = 0;
        int k = 0;
        while (k < digits && i + k < s.length() && Character.digit(s.charAt(i + k), 16) >= 0
                && s.charAt(i + k) < 128) {
            value = value * 16 + Character.digit(s.charAt(i + k), 16);
            k++;
        }
        if (k < digits) {
            throw bad(s, escStart, i + k, message);
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw bad(s, escStart, i + k, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return i + k;
    }

    private static int named(String s, int i, int escStart, StringBuilder out) {
        int close = i < s.length() && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
        if (close < 0) {
            throw bad(s, escStart, Math.min(s.length(), i + 1), "malformed \\N character escape");
        }
        String name = s.substring(i + 1, close);
        int cp;
        try {
            cp = name.isEmpty() || !name.equals(name.strip()) ? -1 : Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            cp = -1;
        }
        if (cp < 0) {
            throw bad(s, escStart, close + 1, "unknown Unicode character name");
        }
        out.appendCodePoint(cp);
        return close + 1;
    }

    /**
     * CPython decodes a copy of the body in which each non-ASCII character is a 10-byte
     * {@code \UXXXXXXXX} escape; error positions refer to that copy, end inclusive.
     */
    private static BadEscape bad(String s, int from, int to, String reason) {
        int start = bytePosition(s, from);
        int end = bytePosition(s, to) - 1;
        return new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + start + "-" + end + ": " + reason);
    }

    private static int bytePosition(String s, int index) {
        int pos = 0;
        for (int i = 0; i < index && i < s.length(); ) {
            int cp = s.codePointAt(i);
            pos += cp < 128 ? 1 : 10;
            i += Character.charCount(cp);
        }
        return pos;
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
