package dev.tint.syntax;

import dev.tint.source.Source;
import dev.tint.source.Span;
import org.antlr.v4.runtime.Token;

/**
 * Makes {@link PySyntaxError}s located the way CPython 3.13 locates them. CPython's offsets are
 * 1-based and count code points; Tint's spans count UTF-16 chars from 0, so every column goes
 * through {@link LineIndex#codePointColumn}.
 */
final class Errors {
    static final String SYNTAX = "SyntaxError";
    static final String INDENTATION = "IndentationError";
    static final String TAB = "TabError";

    private final Source source;
    private final LineIndex lines;

    Errors(Source source, LineIndex lines) {
        this.source = source;
        this.lines = lines;
    }

    LineIndex lines() {
        return lines;
    }

    /** An error with CPython's raw numbers (1-based offsets, already in code points). */
    PySyntaxError raw(String type, String message, int line, int offset, int endLine,
                      int endOffset, boolean incomplete) {
        return new PySyntaxError(type, message, source, line, offset, endLine, endOffset, incomplete);
    }

    /**
     * A tokenizer error raised with the cursor at {@code cur}: CPython points at the last char
     * read (offset = number of chars before the cursor on its line), with end offset equal.
     */
    PySyntaxError atCursor(String message, int cur, boolean incomplete) {
        int line = lines.line(Math.max(0, cur - 1));
        int offset = lines.codePointColumn(line, cur - lines.lineStart(line));
        return raw(SYNTAX, message, line, offset, line, offset, incomplete);
    }

    /** RAISE_ERROR_KNOWN_LOCATION: 0-based UTF-16 columns become 1-based code point offsets. */
    PySyntaxError known(String type, String message, int line, int col, int endLine, int endCol,
                        boolean incomplete) {
        int offset = col < 0 ? col + 1 : lines.codePointColumn(line, col) + 1;
        int endOffset = endCol < 0 ? endCol + 1 : lines.codePointColumn(endLine, endCol) + 1;
        return raw(type, message, line, offset, endLine, endOffset, incomplete);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the start of a to the end of b. */
    PySyntaxError range(String message, Span from, Span to) {
        return known(SYNTAX, message, from.line(), from.column(), to.endLine(), to.endColumn(), false);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a): the whole extent of a. */
    PySyntaxError at(String message, Span span) {
        return range(message, span, span);
    }

    /** The extent of a token. */
    static Span span(Token token) {
        PyToken t = (PyToken) token;
        return new Span(t.getLine(), t.getCharPositionInLine(), t.endLine, t.endColumn);
    }

    static Span span(Token from, Token to) {
        return span(from).to(span(to));
    }
}
