package dev.tint.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token with its full extent: ANTLR's start/stop indices are UTF-16 offsets into the source
 * (stop inclusive), the line is 1-based and the column 0-based in UTF-16 chars; endLine/endColumn
 * mark the exclusive end. Tokens the tokenizer synthesizes (NEWLINE at end of file, INDENT,
 * DEDENT, EOF) have an empty extent at the place CPython reports them.
 */
final class PyToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    int endLine;
    int endColumn;
    /** For ERRORTOKEN: the error CPython raises when the parser reaches this token. */
    transient PySyntaxError error;
    /** For ERRORTOKEN: CPython reports this error even when its parser failed earlier. */
    boolean overrides;
    /** For ERRORTOKEN: the offset of the f-string the error was met in, or -1. */
    int fstringStart = -1;
    /** For FSTRING_MIDDLE: the piece belongs to a format spec. */
    boolean inFormatSpec;
    /** For FSTRING_MIDDLE: the text ends with {@code {{} or {@code }}}, which mean one brace. */
    boolean doubledBrace;
    /** For FSTRING_START/MIDDLE/END: the f-string is raw (rf"..."). */
    boolean raw;
    /** Bracket nesting after this token, as CPython's token level. */
    int level;
    /** For STRING and FSTRING_MIDDLE: the decoded text, once decoded. */
    transient String value;

    PyToken(Pair<TokenSource, CharStream> source, int type, int start, int stopExclusive) {
        super(source, type, DEFAULT_CHANNEL, start, stopExclusive - 1);
    }

    /** Exclusive end offset. */
    int end() {
        return getStopIndex() + 1;
    }

    @Override
    public String toString() {
        return "PyToken[" + getType() + " '" + getText() + "' " + getLine() + ":"
                + getCharPositionInLine() + "-" + endLine + ":" + endColumn + "]";
    }
}
