package dev.tint.shell;

import dev.tint.shell.repl.ReplHighlighter;
import dev.tint.theme.Theme;
import java.util.HashSet;
import java.util.function.UnaryOperator;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * How the JLine REPL looks: prompts, live highlighting and results, from the session's theme, or
 * without one escape sequence when colors are off. Follows {@code :theme}.
 */
final class ReplStyling {
    private final Session session;
    private final boolean colors;
    private Theme appliedTheme;
    private String prompt = ">>> ";

    ReplStyling(Session session, boolean colors) {
        this.session = session;
        this.colors = colors;
    }

    /** The primary prompt, styled. */
    String prompt() {
        return prompt;
    }

    /**
     * Styles the prompts, the live highlighting and the results from the session's theme (none
     * with colors off); done again only when the theme has changed.
     */
    void apply(LineReaderImpl reader, Terminal terminal) {
        Theme theme = colors ? session.theme() : Theme.NONE;
        if (theme == appliedTheme) {
            return;
        }
        appliedTheme = theme;
        if (!colors) {
            reader.setHighlighter(new PlainHighlighter());
            prompt = ">>> ";
            reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "... ");
            return;
        }
        ReplHighlighter highlighter = new ReplHighlighter(new HashSet<>(session.interpreter().builtins().boundNames()),
                theme);
        reader.setHighlighter(highlighter);
        prompt = TranscriptRunner.styled(theme.style("prompt"), ">>> ");
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN,
                TranscriptRunner.styled(theme.style("prompt.continuation"), "... "));
        AttributedStyle result = theme.style("repl.result");
        session.interpreter().setResultStyle(result.equals(AttributedStyle.DEFAULT)
                ? new HighlightedResult(highlighter, terminal) : new StyledResult(result));
    }

    /** A result's repr, highlighted like code (strings, numbers, True/None...). */
    private static final class HighlightedResult implements UnaryOperator<String> {
        private final ReplHighlighter highlighter;
        private final Terminal terminal;

        HighlightedResult(ReplHighlighter highlighter, Terminal terminal) {
            this.highlighter = highlighter;
            this.terminal = terminal;
        }

        @Override
        public String apply(String repr) {
            return highlighter.highlight(repr).toAnsi(terminal);
        }
    }

    /** A result's repr in the theme's repl.result style. */
    private static final class StyledResult implements UnaryOperator<String> {
        private final AttributedStyle style;

        StyledResult(AttributedStyle style) {
            this.style = style;
        }

        @Override
        public String apply(String repr) {
            return TranscriptRunner.styled(style, repr);
        }
    }

    /** The highlighter with colors off: the buffer as typed, no escapes. */
    private static final class PlainHighlighter extends org.jline.reader.impl.DefaultHighlighter {
        @Override
        public AttributedString highlight(LineReader reader, String buffer) {
            return new AttributedString(buffer);
        }
    }
}
