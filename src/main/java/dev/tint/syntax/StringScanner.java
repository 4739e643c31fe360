package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintLexer.FSTRING_END;
import static dev.tint.syntax.antlr.TintLexer.FSTRING_MIDDLE;
import static dev.tint.syntax.antlr.TintLexer.FSTRING_START;
import static dev.tint.syntax.antlr.TintLexer.STRING;

/**
 * Scans string literals for the {@link Tokenizer}: plain and raw strings whole (STRING), and
 * f-strings as CPython 3.12+ does, as FSTRING_START, FSTRING_MIDDLE pieces, the tokens of each
 * replacement field, and FSTRING_END. An FSTRING_MIDDLE's text is the literal source text; one
 * that ends with a doubled brace (marked) stands for a single brace there. Escapes are decoded
 * later by {@link StringLiterals}.
 */
final class StringScanner {
    static final int MAXFSTRINGLEVEL = 150;
    static final int MAX_EXPR_NESTING = 3;

    private final Tokenizer tok;
    private final SourceText src;
    private final Errors errors;

    StringScanner(Tokenizer tok) {
        this.tok = tok;
        this.src = tok.src;
        this.errors = tok.errors;
    }

    /** A literal whose prefix and opening quote span [start, afterQuote). */
    PyToken open(int start, int afterQuote) {
        char quote = (char) src.ch(afterQuote - 1);
        boolean fstring = false;
        boolean raw = false;
        for (int i = start; i < afterQuote - 1; i++) {
            char c = src.text.charAt(i);
            fstring |= c == 'f' || c == 'F';
            raw |= c == 'r' || c == 'R';
        }
        return fstring ? fstringStart(start, afterQuote, quote, raw) : plain(start, afterQuote, quote);
    }

    private PyToken plain(int start, int afterQuote, char quote) {
        int pos = afterQuote;
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean escapedQuote = false;
        int c = src.ch(pos++);
        if (c == quote) {
            c = src.ch(pos++);
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            pos--;
        }
        while (endQuoteSize != quoteSize) {
            c = src.ch(pos);
            if (c != SourceText.EOF) {
                pos++;
            }
            if (c == SourceText.EOF || (quoteSize == 1 && SourceText.isNewline(c))) {
                tok.pos = c == SourceText.EOF ? pos : pos - 1;
                tok.errorEnd = tok.pos;
                int detected = detectedLine(c, pos);
                FStringMode mode = tok.top();
                if (mode != null && mode.quote == quote && mode.quoteSize == quoteSize) {
                    throw errors.atCursor("f-string: expecting '}'", start + 1, false);
                }
                if (quoteSize == 3) {
                    throw errors.atCursor("unterminated triple-quoted string literal (detected at line "
                            + detected + ")", start + 1, true);
                }
                throw errors.atCursor("unterminated string literal (detected at line " + detected + ")"
                        + (escapedQuote ? "; perhaps you escaped the end quote?" : ""), start + 1, false);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = src.ch(pos);
                    if (c != SourceText.EOF) {
                        pos++;
                    }
                    if (c == quote) {
                        escapedQuote = true;
                    }
                    if (c == '\r' && src.ch(pos) == '\n') {
                        pos++;
                    }
                }
                if (SourceText.isNewline(c)) {
                    tok.checkNul(pos);
                }
            }
        }
        tok.pos = pos;
        return tok.make(STRING, start, pos);
    }

    private int detectedLine(int c, int pos) {
        return tok.lines.line(Math.max(0, (c == SourceText.EOF ? src.length : pos) - 1));
    }

    private PyToken fstringStart(int start, int afterQuote, char quote, boolean raw) {
        int pos = afterQuote;
        int quoteSize = 1;
        if (src.ch(pos) == quote && src.ch(pos + 1) == quote) {
            quoteSize = 3;
            pos += 2;
        }
        tok.pos = pos;
        if (tok.modes.size() + 1 >= MAXFSTRINGLEVEL) {
            throw errors.atCursor("too many nested f-strings", pos, false);
        }
        tok.modes.add(new FStringMode(quote, quoteSize, raw, start));
        PyToken t = tok.make(FSTRING_START, start, pos);
        t.raw = raw;
        return t;
    }

    /**
     * In an f-string's literal part: the next FSTRING_MIDDLE or FSTRING_END, or null when the
     * tokenizer must go on in regular mode (a replacement field starts) without a middle token.
     */
    PyToken fstringMiddle(FStringMode m) {
        int start = tok.pos;
        int pos = start;
        if (src.ch(pos) == '{' && src.ch(pos + 1) != '{') {
            enterField(m, pos);
            return null;
        }
        boolean end = true;
        for (int i = 0; i < m.quoteSize; i++) {
            if (src.ch(pos + i) != m.quote) {
                end = false;
                break;
            }
        }
        if (end) {
            tok.pos = pos + m.quoteSize;
            tok.modes.remove(tok.modes.size() - 1);
            return tok.make(FSTRING_END, start, tok.pos);
        }
        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != m.quoteSize) {
            int c = src.ch(pos);
            if (c != SourceText.EOF) {
                pos++;
            }
            boolean inSpec = m.inFormatSpec && m.inExpression();
            if (c == SourceText.EOF || (m.quoteSize == 1 && SourceText.isNewline(c))) {
                if (inSpec && c != SourceText.EOF) {
                    pos--;
                    m.regular = true;
                    m.inFormatSpec = false;
                    return middle(m, start, pos, true);
                }
                tok.pos = pos;
                tok.errorEnd = pos;
                int detected = detectedLine(c, pos);
                if (m.quoteSize == 3) {
                    throw errors.atCursor("unterminated triple-quoted f-string literal (detected at line "
                            + detected + ")", m.start + 1, true);
                }
                throw errors.atCursor("unterminated f-string literal (detected at line " + detected + ")",
                        m.start + 1, false);
            }
            if (c == m.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (SourceText.isNewline(c)) {
                tok.checkNul(pos);
            }
            if (c == '{') {
                int peek = src.ch(pos);
                if (peek != '{' || inSpec) {
                    pos--;
                    PyToken t = middle(m, start, pos, inSpec);
                    enterField(m, pos);
                    m.inFormatSpec = false;
                    return t;
                }
                return doubled(m, start, pos + 1);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return middle(m, start, pos, inSpec);
                }
                int peek = src.ch(pos);
                if (peek == '}' && !inSpec && m.curlyDepth == 0) {
                    return doubled(m, start, pos + 1);
                }
                pos--;
                m.regular = true;
                m.inFormatSpec = false;
                return middle(m, start, pos, inSpec);
            } else if (c == '\\') {
                int peek = src.ch(pos);
                if (peek != SourceText.EOF) {
                    pos++;
                }
                if (peek == '\r') {
                    if (src.ch(pos) == '\n') {
                        pos++;
                    }
                    peek = '\n';
                }
                if (peek == '{' || peek == '}') {
                    pos--;
                    continue;
                }
                if (!m.raw && peek == 'N') {
                    if (src.ch(pos) == '{') {
                        pos++;
                        unicodeEscape = true;
                    }
                }
            }
        }
        pos -= m.quoteSize;
        return middle(m, start, pos, m.inFormatSpec && m.inExpression());
    }

    private void enterField(FStringMode m, int bracePos) {
        m.exprStartDepth++;
        if (m.exprStartDepth >= MAX_EXPR_NESTING) {
            tok.pos = bracePos;
            tok.errorEnd = bracePos + 1;
            throw errors.atCursor("f-string: expressions nested too deeply", bracePos, false);
        }
        m.regular = true;
    }

    /** A middle token ending with a doubled brace, which stands for one brace. */
    private PyToken doubled(FStringMode m, int start, int end) {
        PyToken t = middle(m, start, end, false);
        t.doubledBrace = true;
        return t;
    }

    /** A middle token for [start, end), the tokenizer continuing at end. */
    private PyToken middle(FStringMode m, int start, int end, boolean inSpec) {
        tok.pos = end;
        return tokenOrNull(m, start, end, inSpec);
    }

    /** A middle token for [start, end) (the tokenizer position already set), or null if empty. */
    private PyToken tokenOrNull(FStringMode m, int start, int end, boolean inSpec) {
        if (end <= start) {
            return null;
        }
        PyToken t = tok.make(FSTRING_MIDDLE, start, end);
        if (SourceText.isNewline(src.ch(end - 1))) {
            t.endLine = tok.lines.line(end);
            t.endColumn = end - tok.lines.lineStart(t.endLine);
        }
        t.inFormatSpec = inSpec;
        t.raw = m.raw;
        return t;
    }
}
