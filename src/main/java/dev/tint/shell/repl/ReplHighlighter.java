package dev.tint.shell.repl;

import dev.tint.syntax.Tokens;
import dev.tint.theme.Theme;
import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Live syntax highlighting from Tint's own lexer: keywords, builtins, strings, numbers, comments.
 * The styles are fixed ones, or a theme's {@code syntax.*} keys.
 */
public final class ReplHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint().italic();
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();

    private final Set<String> builtins;
    private final AttributedStyle keyword;
    private final AttributedStyle builtin;
    private final AttributedStyle string;
    private final AttributedStyle number;
    private final AttributedStyle comment;
    private final AttributedStyle error;

    public ReplHighlighter(Set<String> builtins) {
        this.builtins = builtins;
        this.keyword = KEYWORD;
        this.builtin = BUILTIN;
        this.string = STRING;
        this.number = NUMBER;
        this.comment = COMMENT;
        this.error = ERROR;
    }

    /** Styles from a theme's {@code syntax.*} keys (a key the theme leaves unset: no style). */
    public ReplHighlighter(Set<String> builtins, Theme theme) {
        this.builtins = builtins;
        this.keyword = orNull(theme.style("syntax.keyword"));
        this.builtin = orNull(theme.style("syntax.builtin"));
        this.string = orNull(theme.style("syntax.string"));
        this.number = orNull(theme.style("syntax.number"));
        this.comment = orNull(theme.style("syntax.comment"));
        this.error = orNull(theme.style("syntax.error"));
    }

    private static AttributedStyle orNull(AttributedStyle style) {
        return style.equals(AttributedStyle.DEFAULT) ? null : style;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    /** {@code buffer} highlighted; its text is exactly {@code buffer}. */
    public AttributedString highlight(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length() + 16);
        int pos = 0;
        for (Tokens.Token t : Tokens.lex(buffer)) {
            if (t.start() > pos) {
                sb.append(buffer, pos, t.start());
            }
            AttributedStyle style = styleOf(t, buffer);
            if (style == null) {
                sb.append(buffer, t.start(), t.end());
            } else {
                sb.styled(style, buffer.substring(t.start(), t.end()));
            }
            pos = t.end();
        }
        if (pos < buffer.length()) {
            sb.append(buffer, pos, buffer.length());
        }
        return sb.toAttributedString();
    }

    private AttributedStyle styleOf(Tokens.Token t, String buffer) {
        switch (t.category()) {
            case KEYWORD:
                return keyword;
            case STRING:
                return string;
            case NUMBER:
                return number;
            case COMMENT:
                return comment;
            case ERROR:
                return error;
            case NAME:
                return builtins.contains(buffer.substring(t.start(), t.end())) ? builtin : null;
            default:
                return null;
        }
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // Errors are marked from the lexer's own ERROR tokens.
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // Errors are marked from the lexer's own ERROR tokens.
    }
}
