package dev.tint.syntax;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets in a text to 1-based lines and 0-based UTF-16 columns. Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as in {@link dev.tint.source.Source}.
 * Not thread-safe (it remembers the last line looked up).
 */
final class LineIndex {
    private final String text;
    private final int[] starts;
    private final int count;
    /** The 0-based index of the line last looked up: lookups mostly move forward a little. */
    private int lastLine;

    LineIndex(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 1;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = s;
        this.count = n;
    }

    /** The 1-based line holding {@code offset} (offsets past the end belong to the last line). */
    int line(int offset) {
        int hint = lastLine;
        if (offset >= starts[hint] && (hint + 1 >= count || offset < starts[hint + 1])) {
            return hint + 1;
        }
        if (hint + 2 < count && offset >= starts[hint + 1] && offset < starts[hint + 2]) {
            lastLine = hint + 1;
            return hint + 2;
        }
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastLine = lo;
        return lo + 1;
    }

    /** The 0-based UTF-16 column of {@code offset}. */
    int column(int offset) {
        return offset - lineStart(line(offset));
    }

    /** Offset of the first character of a 1-based line. */
    int lineStart(int line) {
        return starts[Math.max(0, Math.min(line, count) - 1)];
    }

    /** The offset just past the line's text (before its terminator). */
    int lineEnd(int line) {
        int end = line < count ? starts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /**
     * Converts a 0-based UTF-16 column to CPython's convention for syntax-error offsets, which
     * counts code points: surrogate pairs before the column count once.
     */
    int codePointColumn(int line, int utf16Column) {
        int start = lineStart(line);
        int end = Math.min(text.length(), start + Math.max(0, utf16Column));
        int pairs = 0;
        for (int i = start; i < end; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < end
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                pairs++;
                i++;
            }
        }
        return utf16Column - pairs;
    }
}
