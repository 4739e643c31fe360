package dev.tint.source;

import java.util.ArrayList;
import java.util.List;

/** The text of one module or snippet, with its origin and an index of its lines. */
public final class Source {
    private final Origin origin;
    private final String text;
    private volatile List<String> lines;

    public Source(Origin origin, String text) {
        this.origin = origin;
        this.text = text;
    }

    public Origin origin() {
        return origin;
    }

    public String name() {
        return origin.displayName();
    }

    public String text() {
        return text;
    }

    /** The 1-based line without its line terminator, or "" when out of range. */
    public String line(int number) {
        List<String> all = lines();
        return number >= 1 && number <= all.size() ? all.get(number - 1) : "";
    }

    public int lineCount() {
        return lines().size();
    }

    private List<String> lines() {
        List<String> result = lines;
        if (result == null) {
            result = splitLines(text);
            lines = result;
        }
        return result;
    }

    /** Splits on \n, \r\n and \r, as Python's tokenizer does for source lines. */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
