package dev.tint.trace;

import dev.tint.source.Span;

/**
 * What PEP 657 carets need to know about the failing expression besides its span: whether it is
 * a binary operation, a subscript or a call, where its left part (operand, value, callee) ends
 * and, for a binary operation, where the right operand starts. Computed once at compile time from
 * the AST, so rendering never re-parses source (CPython re-parses the segment; the result is the
 * same).
 *
 * @param calleeIsName for calls: the callee is a bare name (CPython then omits carets for
 *     {@code return f(x)} and {@code x = f(x)} statements)
 */
public record CaretAnchor(Kind kind, int leftEndLine, int leftEndColumn, int rightStartLine, int rightStartColumn,
                          boolean calleeIsName) {
    public enum Kind { BINARY, SUBSCRIPT, CALL }

    public static CaretAnchor binary(Span left, Span right) {
        return new CaretAnchor(Kind.BINARY, left.endLine(), left.endColumn(), right.line(), right.column(), false);
    }

    public static CaretAnchor subscript(Span value) {
        return new CaretAnchor(Kind.SUBSCRIPT, value.endLine(), value.endColumn(), 0, 0, false);
    }

    public static CaretAnchor call(Span callee, boolean calleeIsName) {
        return new CaretAnchor(Kind.CALL, callee.endLine(), callee.endColumn(), 0, 0, calleeIsName);
    }
}
