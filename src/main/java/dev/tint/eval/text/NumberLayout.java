package dev.tint.eval.text;

/**
 * Places a formatted number in its field the way CPython's {@code calc_number_widths} and
 * {@code fill_number} do:
 *
 * <pre>  [lpadding][sign][prefix][spadding][grouped digits][remainder][rpadding]</pre>
 *
 * <p>Only one padding is used, chosen by the alignment. With the {@code 0} flag (fill '0',
 * align '=') the zeros are produced by the grouping step instead, so they get separators too:
 * {@code format(1234, '08,') == '0,001,234'} (which is wider than 8, exactly as in CPython).
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param negative whether to show a minus sign
     * @param prefix e.g. "0x", or ""
     * @param digits the integer-part digits (may be empty, e.g. for "inf" or 'c')
     * @param remainder everything after them: decimal point, fraction, exponent, '%', or the
     *     character of a 'c' conversion
     * @param groupSep ',' or '_' or 0 for none
     */
    static String layout(boolean negative, String prefix, String digits, String remainder,
                         FormatSpec spec, char groupSep, int groupSize) {
        char signChar = 0;
        switch (spec.sign()) {
            case '+':
                signChar = negative ? '-' : '+';
                break;
            case ' ':
                signChar = negative ? '-' : ' ';
                break;
            default:
                if (negative) {
                    signChar = '-';
                }
                break;
        }
        int nSign = signChar != 0 ? 1 : 0;
        int nonDigits = nSign + prefix.length() + remainder.codePointCount(0, remainder.length());
        int width = spec.width();
        int fill = spec.fill();
        char align = spec.align();
        int minWidth = (fill == '0' && align == '=') ? width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, groupSep, groupSize);
        int padding = width - (nonDigits + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder(Math.max(width, 0) + grouped.length() + remainder.length() + 4);
        repeat(sb, fill, lpad);
        if (signChar != 0) {
            sb.append(signChar);
        }
        sb.append(prefix);
        repeat(sb, fill, spad);
        sb.append(grouped).append(remainder);
        repeat(sb, fill, rpad);
        return sb.toString();
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: groups {@code digits} from the right,
     * left-padding with '0' until at least {@code minWidth} characters (separators included).
     */
    static String group(String digits, int minWidth, char sep, int size) {
        minWidth = Math.max(0, minWidth);
        if (sep == 0 && digits.length() >= minWidth) {
            return digits;
        }
        // Built right to left, then reversed.
        StringBuilder rev = new StringBuilder(Math.max(digits.length(), minWidth) + digits.length() / 3 + 2);
        int remaining = digits.length();
        int digitsPos = digits.length();
        boolean useSeparator = false;
        boolean loopBroken = false;
        if (sep != 0) {
            while (true) {
                int len = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
                int nZeros = Math.max(0, len - remaining);
                int nChars = Math.max(0, Math.min(remaining, len));
                if (useSeparator) {
                    rev.append(sep);
                }
                for (int i = 0; i < nChars; i++) {
                    rev.append(digits.charAt(--digitsPos));
                }
                repeat(rev, '0', nZeros);
                useSeparator = true;
                remaining -= nChars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    loopBroken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!loopBroken) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            int nZeros = Math.max(0, len - remaining);
            int nChars = Math.max(0, Math.min(remaining, len));
            if (useSeparator) {
                rev.append(sep);
            }
            for (int i = 0; i < nChars; i++) {
                rev.append(digits.charAt(--digitsPos));
            }
            repeat(rev, '0', nZeros);
        }
        return rev.reverse().toString();
    }

    /** Appends {@code count} copies of a code point (the fill may be outside the BMP). */
    static void repeat(StringBuilder sb, int codePoint, int count) {
        if (count <= 0) {
            return;
        }
        if (Character.isBmpCodePoint(codePoint)) {
            for (int i = 0; i < count; i++) {
                sb.append((char) codePoint);
            }
        } else {
            for (int i = 0; i < count; i++) {
                sb.appendCodePoint(codePoint);
            }
        }
    }
}
