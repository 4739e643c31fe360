package dev.tint.eval.runtime;

/**
 * Code-point views of Java strings. Python indexes str by code point; Java by UTF-16 unit. Most
 * strings have no surrogates, where both agree, so the slow path runs only for astral text.
 * The last string checked is remembered, so {@code s[i]} in a loop scans {@code s} once.
 */
public final class Strs {
    private record Checked(String s, boolean astral) {}

    private static volatile Checked last = new Checked("", false);

    private Strs() {}

    /** Whether the string holds any surrogate (so code point and char indices differ). */
    public static boolean hasAstral(String s) {
        Checked c = last;
        if (c.s == s) {
            return c.astral;
        }
        boolean astral = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                astral = true;
                break;
            }
        }
        if (s.length() > 16) {
            last = new Checked(s, astral);
        }
        return astral;
    }

    public static int length(String s) {
        return hasAstral(s) ? s.codePointCount(0, s.length()) : s.length();
    }

    /** The char offset of code point index {@code cp} (0 <= cp <= length). */
    public static int offset(String s, int cp) {
        return hasAstral(s) ? s.offsetByCodePoints(0, cp) : cp;
    }

    /** The one-code-point string at code point index i (0 <= i < length). */
    public static String charAt(String s, int i) {
        if (!hasAstral(s)) {
            return single(s.charAt(i));
        }
        int off = s.offsetByCodePoints(0, i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    private static final String[] SINGLES = new String[256];

    static {
        for (int i = 0; i < SINGLES.length; i++) {
            SINGLES[i] = String.valueOf((char) i).intern();
        }
    }

    public static String single(char c) {
        return c < 256 ? SINGLES[c] : String.valueOf(c);
    }

    public static String fromCodePoint(int cp) {
        return cp < 256 ? SINGLES[cp] : new String(Character.toChars(cp));
    }

    /** Substring by code point indices [from, to). */
    public static String substring(String s, int from, int to) {
        if (!hasAstral(s)) {
            return s.substring(from, to);
        }
        int a = s.offsetByCodePoints(0, from);
        int b = s.offsetByCodePoints(a, to - from);
        return s.substring(a, b);
    }

    /** Compares by code point, as Python orders strings (Java's compareTo orders UTF-16 units). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** The code points of a string, for algorithms that work per character. */
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }
}
