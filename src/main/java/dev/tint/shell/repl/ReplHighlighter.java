package dev.tint.shell.repl;

import dev.tint.syntax.Tokens;
import dev.tint.theme.Theme;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Live syntax highlighting from Tint's own lexer: keywords, builtins, strings, numbers, comments.
 * The styles are a theme's {@code syntax.*} keys; brackets that close nothing, or close the wrong
 * kind, get {@code syntax.error}.
 */
public final class ReplHighlighter implements Highlighter {
    private final Set<String> builtins;
    private final AttributedStyle keyword;
    private final AttributedStyle builtin;
    private final AttributedStyle string;
    private final AttributedStyle number;
    private final AttributedStyle comment;
    private final AttributedStyle error;

    /** Styles from the default theme. */
    public ReplHighlighter(Set<String> builtins) {
        this(builtins, Theme.loadOrDefault(null, ignored -> { }));
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
        List<Tokens.Token> tokens = Tokens.lex(buffer);
        boolean[] unmatched = unmatchedBrackets(tokens, buffer);
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (t.start() > pos) {
                sb.append(buffer, pos, t.start());
            }
            AttributedStyle style = unmatched[i] ? error : styleOf(t, buffer);
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

    /**
     * Which bracket tokens close nothing or close the wrong kind ({@code (]}). Brackets still
     * open are not marked: while typing, every opening bracket is open for a while.
     */
    static boolean[] unmatchedBrackets(List<Tokens.Token> tokens, String buffer) {
        boolean[] unmatched = new boolean[tokens.size()];
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (t.category() != Tokens.Category.BRACKET) {
                continue;
            }
            char c = buffer.charAt(t.start());
            int kind = "([{".indexOf(c);
            if (kind >= 0) {
                open.append(c);
                continue;
            }
            char expected = "([{".charAt(")]}".indexOf(c));
            if (open.length() > 0 && open.charAt(open.length() - 1) == expected) {
                open.setLength(open.length() - 1);
            } else {
                unmatched[i] = true;
            }
        }
        return unmatched;
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
