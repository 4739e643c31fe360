package dev.tint.source;

/**
 * A region of source text. Lines are 1-based; columns are 0-based offsets in UTF-16 chars
 * within the line (as ANTLR reports them); the end column is exclusive. Traceback carets and
 * syntax-error markers are drawn from these numbers, so every AST node carries one.
 */
public record Span(int line, int column, int endLine, int endColumn) {
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The smallest span covering both. */
    public Span to(Span end) {
        return new Span(line, column, end.endLine, end.endColumn);
    }

    public boolean isSingleLine() {
        return line == endLine;
    }
}
