package dev.tint.eval.builtins;

import java.util.Arrays;
import java.util.Locale;

/**
 * Python's character classes and case mappings. Java's {@code Character} predicates differ from
 * Python's (whitespace, digits, numerics) and speak an older Unicode, so the predicates read
 * {@link UnicodeTables}, taken from CPython 3.13; case mappings use Java's full mappings plus the
 * tables where Python's differ.
 */
final class Unicode {
    private Unicode() {}

    static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Python's str.isspace for one code point (bidirectional class WS, B or S, or category Zs). */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
        }
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** The line boundaries of str.splitlines. */
    static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D
                || cp == 0x1E || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    static boolean isAlpha(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return inRanges(UnicodeTables.ALPHA, cp);
    }

    static boolean isDecimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return inRanges(UnicodeTables.DECIMAL, cp);
    }

    static boolean isDigit(int cp) {
        return isDecimal(cp) || (cp >= 128 && inRanges(UnicodeTables.DIGIT_EXTRA, cp));
    }

    static boolean isNumeric(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return inRanges(UnicodeTables.NUMERIC, cp);
    }

    static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    static boolean isLower(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return inRanges(UnicodeTables.LOWER, cp);
    }

    static boolean isUpper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return inRanges(UnicodeTables.UPPER, cp);
    }

    static boolean isTitle(int cp) {
        return cp >= 128 && inRanges(UnicodeTables.TITLE, cp);
    }

    /** The derived property Cased. */
    static boolean isCased(int cp) {
        return isLower(cp) || isUpper(cp) || isTitle(cp);
    }

    /** Case_Ignorable, approximated from general categories plus the word-break punctuation. */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'', '.', ':', '^', '`', 0xA8, 0xAD, 0xAF, 0xB4, 0xB7, 0xB8, 0x2018, 0x2019, 0x2024, 0x2027:
                return true;
            default:
                break;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    // ---- per-character full mappings ----

    private static String lowerFull(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
        if (cp == 0x130) {
            return "i\u0307";
        }
        int extra = caseExtra(cp);
        if (extra >= 0) {
            return new String(Character.toChars(UnicodeTables.CASE_EXTRA[extra + 2]));
        }
        return new String(Character.toChars(Character.toLowerCase(cp)));
    }

    private static String upperFull(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        }
        int extra = caseExtra(cp);
        if (extra >= 0) {
            return new String(Character.toChars(UnicodeTables.CASE_EXTRA[extra + 1]));
        }
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    private static String titleFull(int cp) {
        if (cp < 128) {
            return String.valueOf((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        }
        int i = Arrays.binarySearch(UnicodeTables.MULTI_TITLE_KEYS, cp);
        if (i >= 0) {
            return UnicodeTables.MULTI_TITLE_VALUES[i];
        }
        int extra = caseExtra(cp);
        if (extra >= 0) {
            return new String(Character.toChars(UnicodeTables.CASE_EXTRA[extra + 1]));
        }
        return new String(Character.toChars(Character.toTitleCase(cp)));
    }

    private static String foldFull(int cp) {
        if (cp < 128) {
            return lowerFull(cp);
        }
        int i = Arrays.binarySearch(UnicodeTables.CASEFOLD_KEYS, cp);
        if (i >= 0) {
            return UnicodeTables.CASEFOLD_VALUES[i];
        }
        return lowerFull(cp);
    }

    /** The position in CASE_EXTRA of the code point's row, or -1. */
    private static int caseExtra(int cp) {
        int[] t = UnicodeTables.CASE_EXTRA;
        if (cp < t[0] || cp > t[t.length - 3]) {
            return -1;
        }
        int lo = 0;
        int hi = t.length / 3 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = t[3 * mid];
            if (v == cp) {
                return 3 * mid;
            }
            if (v < cp) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** The lower-case mapping of cps[i] in context: capital sigma becomes final sigma at a word's end. */
    private static void appendLower(StringBuilder sb, int[] cps, int i) {
        int cp = cps[i];
        if (cp == 0x3A3) {
            sb.append(finalSigma(cps, i) ? '\u03C2' : '\u03C3');
        } else {
            sb.append(lowerFull(cp));
        }
    }

    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !isCased(cps[j]);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    // ---- whole-string operations ----

    static String lower(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            appendLower(sb, cps, i);
        }
        return sb.toString();
    }

    static String upper(String s) {
        if (isAscii(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(upperFull(cp)));
        return sb.toString();
    }

    static String casefold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(foldFull(cp)));
        return sb.toString();
    }

    static String swapcase(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (isUpper(cp)) {
                appendLower(sb, cps, i);
            } else if (isLower(cp)) {
                sb.append(upperFull(cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                sb.append(titleFull(cps[0]));
            } else {
                appendLower(sb, cps, i);
            }
        }
        return sb.toString();
    }

    static String title(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (previousCased) {
                appendLower(sb, cps, i);
            } else {
                sb.append(titleFull(cp));
            }
            previousCased = isCased(cp);
        }
        return sb.toString();
    }

    /** Python's str.isidentifier: XID_Start or '_' first, then XID_Continue. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(first == '_' || isIdStart(first))) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isIdContinue(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isIdStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return inRanges(UnicodeTables.ID_START, cp);
    }

    private static boolean isIdContinue(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return inRanges(UnicodeTables.ID_CONTINUE, cp);
    }
}
