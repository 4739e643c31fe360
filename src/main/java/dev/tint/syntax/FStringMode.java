package dev.tint.syntax;

/**
 * The tokenizer's state for one open f-string (CPython's tokenizer_mode): the tokenizer is either
 * scanning its literal text ({@code regular == false}) or the tokens of a replacement field's
 * expression ({@code regular == true}).
 */
final class FStringMode {
    final char quote;
    final int quoteSize;
    final boolean raw;
    /** Offset of the f-string's first character (its prefix). */
    final int start;

    boolean regular;
    /** Open brackets of any kind inside this f-string's replacement fields. */
    int curlyDepth;
    /** Nesting of replacement fields (-1 outside any); CPython's curly_bracket_expr_start_depth. */
    int exprStartDepth = -1;
    boolean inFormatSpec;

    FStringMode(char quote, int quoteSize, boolean raw, int start) {
        this.quote = quote;
        this.quoteSize = quoteSize;
        this.raw = raw;
        this.start = start;
    }

    /** CPython's INSIDE_FSTRING_EXPR. */
    boolean inExpression() {
        return exprStartDepth >= 0;
    }
}
