package dev.tint.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares expected and actual output as Python's {@code doctest.OutputChecker} does: exact text,
 * {@code <BLANKLINE>} for an empty line, {@code ELLIPSIS} ({@code ...} matches any text) and
 * {@code NORMALIZE_WHITESPACE}; an expected traceback matches on its header and exception line,
 * the stack in between ignored.
 */
public final class DoctestChecker {
    static final String HEADER = "Traceback (most recent call last):";
    private static final Pattern EXCEPTION = Pattern.compile(
            "^(Traceback \\((?:most recent call last|innermost last)\\):)[ \\t]*$(.*?)^(\\w+.*)",
            Pattern.MULTILINE | Pattern.DOTALL);

    private DoctestChecker() {}

    /** Whether {@code got} matches {@code want} under the example's options. */
    public static boolean check(String want, String got, boolean ellipsis, boolean normalizeWhitespace) {
        if (got.equals(want)) {
            return true;
        }
        want = want.replaceAll("(?m)^<BLANKLINE>\\s*?$", "");
        got = got.replaceAll("(?m)^[^\\S\\n]+$", "");
        if (got.equals(want)) {
            return true;
        }
        if (normalizeWhitespace) {
            got = String.join(" ", got.strip().split("\\s+"));
            want = String.join(" ", want.strip().split("\\s+"));
            if (got.equals(want)) {
                return true;
            }
        }
        return ellipsis && ellipsisMatch(want, got);
    }

    /**
     * The outcome of an example: {@code output} is what it printed, {@code traceback} the rendered
     * exception it raised (null if none; a SyntaxError's rendering has no header).
     */
    public static boolean matches(DoctestExample ex, String output, String traceback) {
        String got = withNewline(output);
        if (traceback == null) {
            return check(ex.want(), got, ex.ellipsis(), ex.normalizeWhitespace());
        }
        // As the REPL (and a transcript) shows it: output, then the traceback as is.
        if (check(ex.want(), got + withNewline(traceback),
                ex.ellipsis(), ex.normalizeWhitespace())) {
            return true;
        }
        int at = ex.want().startsWith(HEADER) ? 0 : ex.want().indexOf("\n" + HEADER);
        if (at < 0) {
            return false;
        }
        if (at > 0) { // output before the traceback (a Tint extension: doctest ignores it)
            at++;
            if (!check(ex.want().substring(0, at), got, ex.ellipsis(), ex.normalizeWhitespace())) {
                return false;
            }
        }
        String wantMsg = exceptionMessage(ex.want().substring(at));
        if (wantMsg == null) {
            return false;
        }
        for (String gotMsg : gotMessages(traceback)) {
            if (check(wantMsg, gotMsg, ex.ellipsis(), ex.normalizeWhitespace())) {
                return true;
            }
        }
        return false;
    }

    /** The exception part of an expected traceback: from the first line starting with a word character. */
    static String exceptionMessage(String want) {
        Matcher m = EXCEPTION.matcher(want);
        return m.find() && m.start() == 0 ? m.group(3) : null;
    }

    /** Candidates for the raised exception's text: after the last header, and the last line alone. */
    private static List<String> gotMessages(String traceback) {
        String tb = withNewline(traceback);
        List<String> out = new ArrayList<>();
        int last = tb.lastIndexOf(HEADER);
        String tail = last >= 0 ? tb.substring(last) : HEADER + "\n" + tb;
        String msg = exceptionMessage(tail);
        if (msg != null) {
            out.add(msg);
        }
        String trimmed = tb.substring(0, tb.length() - 1);
        out.add(trimmed.substring(trimmed.lastIndexOf('\n') + 1) + "\n");
        return out;
    }

    static String withNewline(String s) {
        return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
    }

    /** doctest's _ellipsis_match. */
    static boolean ellipsisMatch(String want, String got) {
        if (!want.contains("...")) {
            return want.equals(got);
        }
        String[] ws = want.split("\\.\\.\\.", -1);
        int startpos = 0;
        int endpos = got.length();
        String w = ws[0];
        if (!w.isEmpty()) {
            if (!got.startsWith(w)) {
                return false;
            }
            startpos = w.length();
        }
        w = ws[ws.length - 1];
        if (!w.isEmpty()) {
            if (!got.endsWith(w)) {
                return false;
            }
            endpos -= w.length();
        }
        if (startpos > endpos) {
            return false;
        }
        for (int i = 1; i < ws.length - 1; i++) {
            int found = got.indexOf(ws[i], startpos);
            if (found < 0 || found + ws[i].length() > endpos) {
                return false;
            }
            startpos = found + ws[i].length();
        }
        return true;
    }

    /** A line diff of expected against got: {@code - } expected only, {@code + } got only, two spaces both. */
    public static List<String> diff(String want, String got) {
        String[] a = want.isEmpty() ? new String[0] : want.split("\n", -1);
        String[] b = got.isEmpty() ? new String[0] : got.split("\n", -1);
        if (a.length > 0 && a[a.length - 1].isEmpty()) {
            a = java.util.Arrays.copyOf(a, a.length - 1);
        }
        if (b.length > 0 && b[b.length - 1].isEmpty()) {
            b = java.util.Arrays.copyOf(b, b.length - 1);
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add("  " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a[i++]);
            } else {
                out.add("+ " + b[j++]);
            }
        }
        return out;
    }
}
