package dev.tint.syntax;

import dev.tint.source.Source;

/**
 * A SyntaxError (or its subclasses IndentationError/TabError) found while reading source, with
 * everything CPython shows for it: the file, the 1-based line, the 1-based column range of the
 * caret(s) and the message. {@code incomplete} is true when more input could still make the
 * text valid (an open bracket, a block header without its body, an open triple-quoted string, a
 * trailing backslash) — the REPL uses it to continue with {@code ... }.
 */
public final class PySyntaxError extends RuntimeException {
    private final String pythonType;
    private final Source source;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final boolean incomplete;

    /**
     * @param pythonType "SyntaxError", "IndentationError" or "TabError"
     * @param column 1-based column of the first caret (CPython's {@code offset})
     * @param endColumn 1-based exclusive end column (CPython's {@code end_offset}); equal to
     *     column + 1 for a single caret
     */
    public PySyntaxError(String pythonType, String message, Source source, int line, int column,
                         int endLine, int endColumn, boolean incomplete) {
        super(message, null, false, false);
        this.pythonType = pythonType;
        this.source = source;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.incomplete = incomplete;
    }

    public String pythonType() {
        return pythonType;
    }

    public Source source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int endLine() {
        return endLine;
    }

    public int endColumn() {
        return endColumn;
    }

    public boolean incomplete() {
        return incomplete;
    }

    /** The source line the error is on, without its terminator ("" when unknown). */
    public String sourceLine() {
        return source == null ? "" : source.line(line);
    }
}
