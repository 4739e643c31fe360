package dev.tint.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code repl --man}: the manual page, in man(7) troff, generated from the same option
 * specification and prose as {@code repl --help}, so that the two never disagree. Install it
 * with {@code repl --man > ~/.local/share/man/man1/repl.1}, or read it with
 * {@code repl --man | man -l -}.
 */
final class ManPage {
    private ManPage() {}

    static String render(CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append(".TH REPL 1 \"\" \"Tint ").append(Version.NUMBER).append("\" \"User Commands\"\n");
        out.append(".SH NAME\n");
        out.append("repl \\- Tint, a strict subset of Python 3 on the JVM, with a colored REPL and tracebacks\n");
        out.append(".SH SYNOPSIS\n");
        out.append(".B repl\n");
        out.append("[\\fIOPTION\\fR...] [\\fIFILE\\fR | \\fB\\-c\\fR \\fICODE\\fR | \\fB\\-\\fR] [\\fIARG\\fR...]\n");
        out.append(".br\n.B repl test\n\\fIPATH\\fR...\n");
        out.append(".SH DESCRIPTION\n");
        sections(out, List.of(Help.DESCRIPTION), "DESCRIPTION");
        out.append(".SH OPTIONS\n");
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            out.append(".TP\n");
            String[] names = option.names();
            for (int i = 0; i < names.length; i++) {
                out.append(i == 0 ? "" : ", ").append("\\fB").append(escape(names[i])).append("\\fR");
            }
            if (option.typeInfo().isBoolean() || option.arity().max() == 0) {
                out.append('\n');
            } else {
                out.append(" \\fI").append(escape(option.paramLabel().replaceAll("[<>]", ""))).append("\\fR\n");
            }
            out.append(escape(String.join(" ", option.description()))).append('\n');
        }
        sections(out, List.of(Help.FOOTER), null);
        return out.toString();
    }

    /**
     * Help's lines: a line {@code @|bold Title:|@} opens section TITLE (or a sub-heading inside
     * {@code first}); the other lines keep their layout (no filling), as they are columns.
     */
    private static void sections(StringBuilder out, List<String> lines, String first) {
        boolean inBlock = false;
        for (String raw : lines) {
            String line = raw.replace("%%", "%");
            if (line.startsWith("@|bold ") && line.endsWith(":|@")) {
                if (inBlock) {
                    out.append(".fi\n");
                    inBlock = false;
                }
                String title = line.substring("@|bold ".length(), line.length() - ":|@".length());
                out.append(first != null ? ".SS " : ".SH ").append(escape(title.toUpperCase(Locale.ROOT))).append('\n');
                continue;
            }
            if (!inBlock) {
                out.append(".nf\n");
                inBlock = true;
            }
            out.append(line.isEmpty() ? "" : markup(line)).append('\n');
        }
        if (inBlock) {
            out.append(".fi\n");
        }
    }

    /** picocli's {@code @|bold x|@}, {@code @|italic x|@} and colors become troff fonts. */
    static String markup(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf("@|", i);
            if (open < 0) {
                out.append(escape(line.substring(i)));
                break;
            }
            int space = line.indexOf(' ', open);
            int close = line.indexOf("|@", open + 2);
            if (space < 0 || close < 0 || space > close) {
                out.append(escape(line.substring(i)));
                break;
            }
            out.append(escape(line.substring(i, open)));
            String style = line.substring(open + 2, space);
            String text = escape(line.substring(space + 1, close));
            out.append(style.contains("italic") ? "\\fI" : "\\fB").append(text).append("\\fR");
            i = close + 2;
        }
        String result = out.toString();
        // A line starting with . or ' would be read as a troff request.
        return result.startsWith(".") || result.startsWith("'") ? "\\&" + result : result;
    }

    /** Backslashes and minus signs, as troff wants them in text. */
    static String escape(String text) {
        return text.replace("\\", "\\e").replace("-", "\\-");
    }
}
