package dev.tint.eval.text;

import java.math.BigInteger;
import java.util.function.Function;

/**
 * Text to numbers: {@code int(s, base)} and {@code float(s)} with CPython 3.13's exact rules
 * and messages, and the int/float literals of Python source.
 *
 * <p>Like CPython, the runtime parsers first map non-ASCII whitespace to ' ' and non-ASCII
 * decimal digits (Arabic-Indic, full-width...) to ASCII digits; any other non-ASCII character
 * makes the text invalid. Error messages quote the original text with repr().
 */
public final class NumberParser {
    private NumberParser() {}

    // ------------------------------------------------------------------ int()

    /** {@code int(text, base)}; errors quote the text with {@link StrRepr#repr}. */
    public static Number parseInt(String text, int base) {
        return parseInt(text, base, StrRepr::repr);
    }

    /**
     * {@code int(text, base)} for base 0 or 2..36: surrounding whitespace, a sign, underscores
     * between digits, and with base 0 a 0x/0o/0b prefix (or plain decimal without leading
     * zeros). Returns a Long, or a BigInteger outside the long range.
     *
     * @param repr renders the text for the "invalid literal" message
     * @throws FormatException ValueError as CPython raises it
     */
    public static Number parseInt(String text, int base, Function<String, String> repr) {
        if ((base != 0 && base < 2) || base > 36) {
            throw FormatException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = toAscii(text);
        int n = s.length();
        int p = 0;
        while (p < n && isSpace(s.charAt(p))) {
            p++;
        }
        boolean negative = false;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        int b = base;
        boolean errorIfNonzero = false;
        if (b == 0) {
            char c1 = p + 1 < n ? s.charAt(p + 1) : 0;
            if (p >= n || s.charAt(p) != '0') {
                b = 10;
            } else if (c1 == 'x' || c1 == 'X') {
                b = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                b = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                b = 2;
            } else {
                // An old C-style octal literal like "017" is invalid, though "00" is zero.
                errorIfNonzero = true;
                b = 10;
            }
        }
        if (p + 1 < n && s.charAt(p) == '0') {
            char c1 = s.charAt(p + 1);
            if ((b == 16 && (c1 == 'x' || c1 == 'X')) || (b == 8 && (c1 == 'o' || c1 == 'O'))
                    || (b == 2 && (c1 == 'b' || c1 == 'B'))) {
                p += 2;
                if (p < n && s.charAt(p) == '_') {
                    p++; // one underscore may follow the prefix
                }
            }
        }
        // The digits: no leading, trailing or doubled underscores.
        int start = p;
        if (p < n && s.charAt(p) == '_') {
            throw invalidInt(text, base, repr);
        }
        int digitCount = 0;
        char prev = 0;
        while (p < n && (s.charAt(p) == '_' || digitValue(s.charAt(p)) < b)) {
            char c = s.charAt(p);
            if (c == '_') {
                if (prev == '_') {
                    throw invalidInt(text, base, repr);
                }
            } else {
                digitCount++;
            }
            prev = c;
            p++;
        }
        if (prev == '_' || p == start) {
            throw invalidInt(text, base, repr);
        }
        int end = p;
        while (p < n && isSpace(s.charAt(p))) {
            p++;
        }
        if (p != n) {
            throw invalidInt(text, base, repr);
        }
        boolean binaryBase = (b & (b - 1)) == 0;
        if (!binaryBase && digitCount > NumberFormatter.MAX_STR_DIGITS) {
            throw FormatException.valueError("Exceeds the limit (" + NumberFormatter.MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digitCount
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        Number value = digitsValue(s, start, end, b, digitCount, negative);
        if (errorIfNonzero && !isZero(value)) {
            throw invalidInt(text, base, repr);
        }
        return value;
    }

    private static FormatException invalidInt(String text, int base, Function<String, String> repr) {
        String shown = repr.apply(text);
        // CPython formats the text with %.200R: the repr is cut at 200 characters.
        if (shown.codePointCount(0, shown.length()) > 200) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, 200));
        }
        return FormatException.valueError("invalid literal for int() with base " + base + ": " + shown);
    }

    /** The value of validated digits (and underscores) in s[start, end). */
    private static Number digitsValue(String s, int start, int end, int base, int digitCount, boolean negative) {
        // 12 base-36 digits stay below 2^63; any base fits that many.
        if (digitCount <= 12) {
            long v = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c != '_') {
                    v = v * base + digitValue(c);
                }
            }
            return negative ? -v : v;
        }
        StringBuilder digits = new StringBuilder(digitCount + 1);
        if (negative) {
            digits.append('-');
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != '_') {
                digits.append(c);
            }
        }
        return normalize(new BigInteger(digits.toString(), base));
    }

    /** A BigInteger as Tint represents ints: Long when it fits. */
    public static Number normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    private static boolean isZero(Number v) {
        return v instanceof BigInteger b ? b.signum() == 0 : v.longValue() == 0;
    }

    /** 0-35 for 0-9, a-z, A-Z; 37 (never a valid digit) for anything else. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    /** C's isspace in the C locale, which CPython's parsers use after mapping Unicode spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII text is kept as it is;
     * otherwise non-ASCII whitespace becomes ' ', non-ASCII decimal digits become '0'-'9', and the
     * first other non-ASCII character becomes '?' and ends the text (it is invalid anyway).
     */
    private static String toAscii(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && text.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            if (c < 127) {
                sb.append((char) c);
            } else if (isUnicodeSpace(c)) {
                sb.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else {
                sb.append('?');
                break;
            }
        }
        return sb.toString();
    }

    /** Python's str.isspace() for a character at or above 127. */
    private static boolean isUnicodeSpace(int c) {
        switch (c) {
            case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    // ------------------------------------------------------------------ float()

    /** {@code float(text)}; errors quote the text with {@link StrRepr#repr}. */
    public static double parseFloat(String text) {
        return parseFloat(text, StrRepr::repr);
    }

    /**
     * {@code float(text)}: surrounding whitespace, a sign, decimal digits with underscores
     * between them, an exponent, or inf/infinity/nan in any case. Out-of-range values become
     * infinities or zeros, without error, as in CPython.
     *
     * @throws FormatException ValueError "could not convert string to float: ..."
     */
    public static double parseFloat(String text, Function<String, String> repr) {
        String s = toAscii(text);
        if (s.indexOf('_') >= 0) {
            // Underscores only between digits; they are then dropped (CPython's
            // _Py_string_to_number_with_underscores, which also sees the surrounding spaces).
            StringBuilder sb = new StringBuilder(s.length());
            char prev = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '_') {
                    if (!(prev >= '0' && prev <= '9')) {
                        throw invalidFloat(text, repr);
                    }
                } else {
                    if (prev == '_' && !(c >= '0' && c <= '9')) {
                        throw invalidFloat(text, repr);
                    }
                    sb.append(c);
                }
                prev = c;
            }
            if (prev == '_') {
                throw invalidFloat(text, repr);
            }
            s = sb.toString();
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        if (start == end) {
            throw invalidFloat(text, repr);
        }
        while (end > start + 1 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        Double value = parseDecimal(s, start, end);
        if (value == null) {
            throw invalidFloat(text, repr);
        }
        return value;
    }

    /**
     * The C-locale strtod grammar CPython accepts, over all of s[start, end):
     * {@code [+-] (digits [. digits] | . digits) [(e|E) [+-] digits]} or
     * {@code [+-] (inf | infinity | nan)}, case-insensitively; null when s does not match.
     */
    private static Double parseDecimal(String s, int start, int end) {
        int p = start;
        boolean negative = false;
        if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        if (p < end && !isDigit(s.charAt(p)) && s.charAt(p) != '.') {
            String word = s.substring(p, end);
            if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (word.equalsIgnoreCase("nan")) {
                // CPython keeps the sign bit of "-nan" (visible through math.copysign).
                return Double.longBitsToDouble(negative ? 0xfff8_0000_0000_0000L : 0x7ff8_0000_0000_0000L);
            }
            return null;
        }
        int digits = 0;
        while (p < end && isDigit(s.charAt(p))) {
            p++;
            digits++;
        }
        if (p < end && s.charAt(p) == '.') {
            p++;
            while (p < end && isDigit(s.charAt(p))) {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (p < end && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            p++;
            if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                p++;
            }
            int expStart = p;
            while (p < end && isDigit(s.charAt(p))) {
                p++;
            }
            if (p == expStart) {
                return null;
            }
        }
        if (p != end) {
            return null;
        }
        // The text is now plain [sign]digits[.digits][e[sign]digits], which Java reads with
        // correct rounding (exponent overflow gives infinity or zero, as C's strtod).
        return Double.parseDouble(s.substring(start, end));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static FormatException invalidFloat(String text, Function<String, String> repr) {
        return FormatException.valueError("could not convert string to float: " + repr.apply(text));
    }

    // ------------------------------------------------------------------ literals

    /**
     * The value of an integer literal from Python source: {@code 123}, {@code 1_000},
     * {@code 0x_ff}, {@code 0o17}, {@code 0b1010}, {@code 00}. The lexer has already matched the
     * token; this validates it again and converts it.
     *
     * @throws FormatException SyntaxError for a malformed literal, or for a decimal literal of
     *     more than 4300 digits (CPython's message)
     */
    public static Number parseIntLiteral(String literal) {
        int n = literal.length();
        int base = 10;
        int p = 0;
        if (n >= 2 && literal.charAt(0) == '0') {
            char c1 = Character.toLowerCase(literal.charAt(1));
            if (c1 == 'x' || c1 == 'o' || c1 == 'b') {
                base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
                p = 2;
            }
        }
        StringBuilder digits = new StringBuilder(n);
        boolean needDigit = base == 10;
        // After a base prefix an underscore may come first; elsewhere only between digits.
        boolean underscoreOk = base != 10;
        for (; p < n; p++) {
            char c = literal.charAt(p);
            if (c == '_') {
                if (!underscoreOk) {
                    throw badLiteral(literal);
                }
                underscoreOk = false;
                needDigit = true;
            } else if (digitValue(c) < base) {
                digits.append(c);
                underscoreOk = true;
                needDigit = false;
            } else {
                throw badLiteral(literal);
            }
        }
        if (needDigit || digits.length() == 0) {
            throw badLiteral(literal);
        }
        String d = digits.toString();
        if (base == 10) {
            if (d.length() > 1 && d.charAt(0) == '0' && !d.chars().allMatch(c -> c == '0')) {
                throw badLiteral(literal); // "leading zeros in decimal integer literals are not permitted"
            }
            if (d.length() > NumberFormatter.MAX_STR_DIGITS) {
                throw new FormatException("SyntaxError", "Exceeds the limit (" + NumberFormatter.MAX_STR_DIGITS
                        + " digits) for integer string conversion: value has " + d.length()
                        + " digits; use sys.set_int_max_str_digits() to increase the limit"
                        + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
            }
        }
        if (d.length() <= 12) {
            return Long.parseLong(d, base);
        }
        return normalize(new BigInteger(d, base));
    }

    /**
     * The value of a float literal from Python source: {@code 1.5}, {@code .5}, {@code 5.},
     * {@code 1e3}, {@code 1_000.000_1}, {@code 09.5}. Too large is {@code inf}, as in CPython.
     *
     * @throws FormatException SyntaxError for a malformed literal
     */
    public static double parseFloatLiteral(String literal) {
        StringBuilder sb = new StringBuilder(literal.length());
        int n = literal.length();
        int p = 0;
        int intDigits = scanDigitPart(literal, p, sb);
        p += intDigits;
        boolean point = false;
        int fracLen = 0;
        if (p < n && literal.charAt(p) == '.') {
            point = true;
            sb.append('.');
            p++;
            fracLen = scanDigitPart(literal, p, sb);
            p += fracLen;
        }
        if (intDigits == 0 && fracLen == 0) {
            throw badLiteral(literal);
        }
        boolean exponent = false;
        if (p < n && (literal.charAt(p) == 'e' || literal.charAt(p) == 'E')) {
            exponent = true;
            sb.append('e');
            p++;
            if (p < n && (literal.charAt(p) == '+' || literal.charAt(p) == '-')) {
                sb.append(literal.charAt(p++));
            }
            int expLen = scanDigitPart(literal, p, sb);
            if (expLen == 0) {
                throw badLiteral(literal);
            }
            p += expLen;
        }
        if (p != n || (!point && !exponent)) {
            throw badLiteral(literal);
        }
        return Double.parseDouble(sb.toString());
    }

    /**
     * Scans {@code digit (["_"] digit)*} at {@code p}, appending the digits; returns the number
     * of characters consumed (0 if there is no digit part there).
     */
    private static int scanDigitPart(String s, int p, StringBuilder out) {
        int start = p;
        int n = s.length();
        if (p >= n || !isDigit(s.charAt(p))) {
            return 0;
        }
        while (p < n) {
            char c = s.charAt(p);
            if (isDigit(c)) {
                out.append(c);
                p++;
            } else if (c == '_' && p + 1 < n && isDigit(s.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        return p - start;
    }

    private static FormatException badLiteral(String literal) {
        return new FormatException("SyntaxError", "invalid number literal '" + literal + "'");
    }
}
