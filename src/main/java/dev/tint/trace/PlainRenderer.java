package dev.tint.trace;

import java.util.IdentityHashMap;

/**
 * Renders a {@link Traceback} as CPython 3.13's plain text, byte for byte for user frames; a
 * non-user frame's File line ends with {@code [library]} or {@code [system]} so the kind stays
 * visible without color. (The colored renderer of the traceback issue builds on the same walk.)
 */
public final class PlainRenderer {
    private static final int RECURSION_CUTOFF = 3;

    private PlainRenderer() {}

    public static String render(Traceback tb) {
        StringBuilder out = new StringBuilder();
        chain(tb, out, new IdentityHashMap<>());
        return out.toString();
    }

    private static void chain(Traceback tb, StringBuilder out, IdentityHashMap<Traceback, Boolean> seen) {
        seen.put(tb, Boolean.TRUE);
        if (tb.cause() != null && !seen.containsKey(tb.cause())) {
            chain(tb.cause(), out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (tb.context() != null && !seen.containsKey(tb.context())) {
            chain(tb.context(), out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(tb, out);
    }

    private static void single(Traceback tb, StringBuilder out) {
        if (!tb.frames().isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            frames(tb, out);
        }
        if (tb.syntax() != null) {
            syntax(tb, out);
            return;
        }
        out.append(exceptionLine(tb)).append('\n');
        for (String note : tb.notes()) {
            out.append(note).append('\n');
        }
    }

    static String exceptionLine(Traceback tb) {
        String line = tb.message().isEmpty() ? tb.typeName() : tb.typeName() + ": " + tb.message();
        if (tb.suggestion() != null) {
            line += tb.suggestion();
        }
        return line;
    }

    private static void frames(Traceback tb, StringBuilder out) {
        FrameSummary last = null;
        int repeats = 0;
        for (FrameSummary f : tb.frames()) {
            if (last != null && f.filename().equals(last.filename()) && f.line() == last.line()
                    && f.name().equals(last.name())) {
                repeats++;
            } else {
                flushRepeats(out, repeats);
                repeats = 0;
            }
            last = f;
            if (repeats >= RECURSION_CUTOFF) {
                continue;
            }
            frame(f, out);
        }
        flushRepeats(out, repeats);
    }

    private static void flushRepeats(StringBuilder out, int repeats) {
        if (repeats >= RECURSION_CUTOFF) {
            int more = repeats - RECURSION_CUTOFF + 1;
            out.append("  [Previous line repeated ").append(more).append(" more time")
                    .append(more > 1 ? "s" : "").append("]\n");
        }
    }

    private static void frame(FrameSummary f, StringBuilder out) {
        out.append("  File \"").append(f.filename()).append("\", line ").append(f.line()).append(", in ")
                .append(f.name());
        if (f.kind() != dev.tint.source.FrameKind.USER) {
            out.append(" [").append(f.kind().tag()).append(']');
        }
        out.append('\n');
        for (String line : Carets.sourceLines(f)) {
            out.append(line).append('\n');
        }
        if (f.locals() != null) {
            for (FrameSummary.Local l : f.locals()) {
                out.append("    ").append(l.name()).append(" = ").append(l.repr()).append('\n');
            }
        }
    }

    private static void syntax(Traceback tb, StringBuilder out) {
        Traceback.SyntaxDetail d = tb.syntax();
        out.append("  File \"").append(d.filename()).append("\", line ").append(d.line()).append('\n');
        String text = d.text();
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            String ltext = stripLeading(rtext);
            int spaces = rtext.length() - ltext.length();
            out.append("    ").append(ltext).append('\n');
            if (d.offset() > 0) {
                int offset = d.offset();
                int end = d.endOffset() > 0 ? d.endOffset() : offset;
                int len = text.length();
                if (offset > len) {
                    offset = len + 1;
                }
                if (end > len) {
                    end = len + 1;
                }
                if (offset >= end) {
                    end = offset + 1;
                }
                int col = offset - 1 - spaces;
                int endCol = end - 1 - spaces;
                if (col >= 0) {
                    StringBuilder caret = new StringBuilder("    ");
                    for (int i = 0; i < col && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        caret.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    caret.append("^".repeat(Math.max(0, endCol - col)));
                    out.append(caret).append('\n');
                }
            }
        }
        out.append(tb.typeName()).append(": ").append(tb.message().isEmpty() ? "<no detail available>" : tb.message())
                .append('\n');
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }
}
