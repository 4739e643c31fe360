package dev.tint.syntax;

/**
 * The characters the tokenizer reads: the source text plus, as CPython does, an implicit
 * {@code \n} after a last line that has no line terminator. {@link #ch} returns -1 past the end.
 */
final class SourceText {
    static final int EOF = -1;

    final String text;
    /** Length including the implicit final newline. */
    final int length;
    /** Offset of the implicit final newline, or -1 when the text ends with a terminator. */
    final int virtualNewline;

    SourceText(String text) {
        this.text = text;
        int n = text.length();
        boolean terminated = n == 0 || text.charAt(n - 1) == '\n' || text.charAt(n - 1) == '\r';
        this.virtualNewline = terminated ? -1 : n;
        this.length = terminated ? n : n + 1;
    }

    int ch(int i) {
        if (i < 0) {
            return EOF;
        }
        if (i < text.length()) {
            return text.charAt(i);
        }
        return i == virtualNewline ? '\n' : EOF;
    }

    /** The length of the line terminator at {@code i}: 2 for CRLF, 1 for LF or CR, else 0. */
    int newlineLength(int i) {
        int c = ch(i);
        if (c == '\r') {
            return ch(i + 1) == '\n' ? 2 : 1;
        }
        return c == '\n' ? 1 : 0;
    }

    static boolean isNewline(int c) {
        return c == '\n' || c == '\r';
    }
}
