package dev.tint.trace;

import dev.tint.source.FrameKind;
import dev.tint.theme.Theme;
import java.util.IdentityHashMap;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The one traceback layout: a {@link Traceback} as CPython 3.13 prints it, each piece styled
 * through a {@link Theme} key. With {@link Theme#NONE} and {@link Options#ALL} its text is
 * exactly {@link PlainRenderer}'s; with any theme, stripping the styles gives the plain text of
 * the same options (the {@code [library]}/{@code [system]} tags are text, so they stay).
 */
public final class TracebackRenderer {
    private static final int RECURSION_CUTOFF = 3;

    /**
     * @param frames "all", "auto" (collapse runs of 2+ system frames) or "user" (collapse runs of
     *     2+ non-user frames); the last frame is never hidden
     * @param locals show captured locals
     * @param width the terminal width, or -1 when unknown (then lines are never cut)
     */
    public record Options(String frames, boolean locals, int width) {
        public static final Options ALL = new Options("all", true, -1);
    }

    private final Theme theme;
    private final Options options;
    private final AttributedStringBuilder out = new AttributedStringBuilder();

    private TracebackRenderer(Theme theme, Options options) {
        this.theme = theme;
        this.options = options;
    }

    public static AttributedString render(Traceback tb, Theme theme, Options options) {
        TracebackRenderer r = new TracebackRenderer(theme, options);
        r.chain(tb, new IdentityHashMap<>());
        return r.out.toAttributedString();
    }

    private void text(String s) {
        out.append(s);
    }

    private void styled(String key, String s) {
        if (s.isEmpty()) {
            return;
        }
        AttributedStyle style = theme.style(key);
        if (style.equals(AttributedStyle.DEFAULT)) {
            out.append(s);
        } else {
            out.styled(style, s);
        }
    }

    private void chain(Traceback tb, IdentityHashMap<Traceback, Boolean> seen) {
        seen.put(tb, Boolean.TRUE);
        if (tb.cause() != null && !seen.containsKey(tb.cause())) {
            chain(tb.cause(), seen);
            text("\n");
            styled("traceback.chain", "The above exception was the direct cause of the following exception:");
            text("\n\n");
        } else if (tb.context() != null && !seen.containsKey(tb.context())) {
            chain(tb.context(), seen);
            text("\n");
            styled("traceback.chain", "During handling of the above exception, another exception occurred:");
            text("\n\n");
        }
        single(tb);
    }

    private void single(Traceback tb) {
        if (!tb.frames().isEmpty()) {
            styled("traceback.header", "Traceback (most recent call last):");
            text("\n");
            frames(tb.frames());
        }
        if (tb.syntax() != null) {
            syntax(tb);
            return;
        }
        styled("traceback.exception", tb.typeName());
        if (!tb.message().isEmpty()) {
            text(": ");
            styled("traceback.message", tb.message());
        }
        if (tb.suggestion() != null) {
            styled("traceback.suggestion", tb.suggestion());
        }
        text("\n");
        for (String note : tb.notes()) {
            styled("traceback.note", note);
            text("\n");
        }
    }

    /** Whether the frames mode hides frames of this kind (in runs of two or more). */
    private boolean hides(FrameKind kind) {
        switch (options.frames()) {
            case "auto":
                return kind == FrameKind.SYSTEM;
            case "user":
                return kind != FrameKind.USER;
            default:
                return false;
        }
    }

    private void frames(List<FrameSummary> frames) {
        int n = frames.size();
        FrameSummary last = null;
        int repeats = 0;
        int i = 0;
        while (i < n) {
            FrameSummary f = frames.get(i);
            int run = 0;
            while (i + run < n - 1 && hides(frames.get(i + run).kind())) {
                run++;
            }
            if (run >= 2) {
                flushRepeats(repeats);
                repeats = 0;
                last = null;
                collapsed(frames.subList(i, i + run));
                i += run;
                continue;
            }
            if (last != null && f.filename().equals(last.filename()) && f.line() == last.line()
                    && f.name().equals(last.name())) {
                repeats++;
            } else {
                flushRepeats(repeats);
                repeats = 0;
            }
            last = f;
            i++;
            if (repeats >= RECURSION_CUTOFF) {
                continue;
            }
            frame(f);
        }
        flushRepeats(repeats);
    }

    private void collapsed(List<FrameSummary> hidden) {
        int library = 0;
        int system = 0;
        for (FrameSummary f : hidden) {
            if (f.kind() == FrameKind.SYSTEM) {
                system++;
            } else {
                library++;
            }
        }
        String what;
        if (library == 0) {
            what = system + " system frames";
        } else if (system == 0) {
            what = library + " library frames";
        } else {
            what = library + (library == 1 ? " library frame and " : " library frames and ") + system
                    + (system == 1 ? " system frame" : " system frames");
        }
        text("  ");
        styled("traceback.collapsed", "[… " + what + " hidden, --frames=all shows them]");
        text("\n");
    }

    private void flushRepeats(int repeats) {
        if (repeats >= RECURSION_CUTOFF) {
            int more = repeats - RECURSION_CUTOFF + 1;
            text("  ");
            styled("traceback.collapsed", "[Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]");
            text("\n");
        }
    }

    private static String prefix(FrameKind kind) {
        switch (kind) {
            case LIBRARY:
                return "frame.library.";
            case SYSTEM:
                return "frame.system.";
            default:
                return "frame.user.";
        }
    }

    private void frame(FrameSummary f) {
        String p = prefix(f.kind());
        text("  File \"");
        styled(p + "file", f.filename());
        text("\", line ");
        styled(p + "line", Integer.toString(f.line()));
        text(", in ");
        styled(p + "name", f.name());
        if (f.kind() != FrameKind.USER) {
            text(" ");
            styled("frame.tag", "[" + f.kind().tag() + "]");
        }
        text("\n");
        for (String line : Carets.sourceLines(f)) {
            sourceLine(line, p + "source");
        }
        if (options.locals() && f.locals() != null) {
            for (FrameSummary.Local l : f.locals()) {
                text("    ");
                styled("traceback.locals", cut(l.name() + " = " + l.repr(), 4));
                text("\n");
            }
        }
    }

    /** A source, caret or "...<N lines>..." line below a File line (already indented). */
    private void sourceLine(String line, String sourceKey) {
        String shown = cut(line, 0);
        if (isCaretLine(shown)) {
            int i = 0;
            while (i < shown.length()) {
                char c = shown.charAt(i);
                int j = i + 1;
                while (j < shown.length() && shown.charAt(j) == c) {
                    j++;
                }
                String piece = shown.substring(i, j);
                if (c == '^') {
                    styled("traceback.caret.primary", piece);
                } else if (c == '~') {
                    styled("traceback.caret.secondary", piece);
                } else {
                    text(piece);
                }
                i = j;
            }
        } else if (shown.strip().startsWith("...<") && shown.strip().endsWith(" lines>...")) {
            int indent = shown.length() - shown.stripLeading().length();
            text(shown.substring(0, indent));
            styled("traceback.collapsed", shown.substring(indent));
        } else {
            int indent = shown.length() - shown.stripLeading().length();
            text(shown.substring(0, indent));
            styled(sourceKey, shown.substring(indent));
        }
        text("\n");
    }

    private static boolean isCaretLine(String line) {
        boolean mark = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '^' || c == '~') {
                mark = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return mark;
    }

    /** Cuts a line wider than the terminal (less {@code indent}) with an ellipsis; never without a width. */
    private String cut(String line, int indent) {
        int width = options.width() - indent;
        if (options.width() <= 0 || width < 2 || line.length() <= width) {
            return line;
        }
        return line.substring(0, width - 1) + "…";
    }

    private void syntax(Traceback tb) {
        Traceback.SyntaxDetail d = tb.syntax();
        text("  File \"");
        styled("frame.user.file", d.filename());
        text("\", line ");
        styled("frame.user.line", Integer.toString(d.line()));
        text("\n");
        String text = d.text();
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            String ltext = stripLeading(rtext);
            int spaces = rtext.length() - ltext.length();
            text("    ");
            styled("frame.user.source", cut(ltext, 4));
            text("\n");
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
                    StringBuilder pad = new StringBuilder("    ");
                    for (int i = 0; i < col && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        pad.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    text(pad.toString());
                    styled("traceback.caret.primary", "^".repeat(Math.max(0, endCol - col)));
                    text("\n");
                }
            }
        }
        styled("traceback.exception", tb.typeName());
        text(": ");
        styled("traceback.message", tb.message().isEmpty() ? "<no detail available>" : tb.message());
        text("\n");
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
