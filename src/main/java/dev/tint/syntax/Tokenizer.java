package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintLexer.*;

import dev.tint.source.Printable;
import java.nio.CharBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Python's tokenizer, a port of the stateful parts of CPython 3.13's: indentation (INDENT and
 * DEDENT, tabs to multiples of 8, TabError), NEWLINE (not inside brackets, not for blank or
 * comment-only lines, implicitly at the end), bracket matching, backslash continuations, string
 * literals and f-string modes. Names, numbers and operators are recognized by the ANTLR lexer
 * generated from {@code grammar/TintLexer.g4}.
 *
 * <p>The first error ends the token stream: an ERRORTOKEN carrying it, then EOF. The parser reports
 * it if it gets there; if it fails earlier, CPython's tokenizer errors that raise an exception
 * (unterminated strings, bad numbers, unmatched brackets, ...; {@link PyToken#overrides}) still
 * win, unlike those it reports only when its parser reaches them (bad dedent, TabError, too deep,
 * EOF inside brackets, bad continuation) and those met inside an f-string. In lenient mode
 * (syntax highlighting) offending text becomes ERRORTOKENs and tokenizing goes on.
 *
 * <p>The ANTLR char stream holds UTF-16 units, so every offset and column here is in UTF-16.
 */
final class Tokenizer implements TokenSource {
    static final int TABSIZE = 8;
    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;

    final SourceText src;
    final Errors errors;
    final boolean lenient;
    final LineIndex lines;

    private final CodePointCharStream input;
    private final LexerATNSimulator interp;
    private final Pair<TokenSource, CharStream> pair;
    private final NumberScanner numbers;
    private final StringScanner strings;

    int pos;
    private boolean atBol = true;
    private final int[] indStack = new int[MAXINDENT + 1];
    private final int[] altIndStack = new int[MAXINDENT + 1];
    private int indent;
    private int pendin;

    int level;
    private final char[] parenStack = new char[MAXLEVEL];
    private final int[] parenOffset = new int[MAXLEVEL];

    final List<FStringMode> modes = new ArrayList<>();
    private final ArrayDeque<PyToken> pending = new ArrayDeque<>();
    private PyToken eof;
    private boolean endOfInput;
    private final int nulLineStart;
    /** Where a lenient error token ends; scanners move it past the text they rejected. */
    int errorEnd;
    /** Where the token being scanned starts (after comments), for lenient error tokens. */
    private int tokenStart;

    Tokenizer(SourceText src, Errors errors, boolean lenient) {
        this.src = src;
        this.errors = errors;
        this.lenient = lenient;
        this.lines = errors.lines();
        this.input = CodePointCharStream.fromBuffer(
                CodePointBuffer.withChars(CharBuffer.wrap(src.text.toCharArray())), "<source>");
        dev.tint.syntax.antlr.TintLexer lexer = new dev.tint.syntax.antlr.TintLexer(input);
        lexer.removeErrorListeners();
        this.interp = lexer.getInterpreter();
        this.pair = new Pair<>(this, input);
        this.numbers = new NumberScanner(src, errors);
        this.strings = new StringScanner(this);
        int nul = src.text.indexOf('\0');
        this.nulLineStart = nul < 0 || lenient ? Integer.MAX_VALUE : lines.lineStart(lines.line(nul));
    }

    /** All tokens up to and including EOF. */
    List<PyToken> all() {
        List<PyToken> out = new ArrayList<>();
        while (true) {
            PyToken t = (PyToken) nextToken();
            out.add(t);
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (endOfInput) {
            return eof;
        }
        PyToken t;
        tokenStart = pos;
        errorEnd = 0;
        try {
            t = fetch();
        } catch (PySyntaxError e) {
            if (lenient) {
                t = recover(tokenStart);
            } else {
                int fstring = modes.isEmpty() ? -1 : modes.get(0).start;
                t = deferred(e);
                t.overrides = fstring < 0;
                t.fstringStart = fstring;
            }
        }
        if (!pending.isEmpty()) {
            pending.add(t);
            return pending.poll();
        }
        return t;
    }

    private PyToken recover(int start) {
        while (start < src.length && (src.ch(start) == ' ' || src.ch(start) == '\t')) {
            start++;
        }
        int end = Math.min(src.text.length(), Math.max(start + 1, Math.max(pos, errorEnd)));
        if (start >= src.text.length()) {
            return endMarker();
        }
        pos = end;
        modes.clear();
        return make(ERRORTOKEN, start, end);
    }

    // ------------------------------------------------------------------ main loop

    private PyToken fetch() {
        while (true) {
            checkNul(pos);
            FStringMode mode = top();
            if (mode != null && !mode.regular) {
                PyToken t = strings.fstringMiddle(mode);
                if (t != null) {
                    return t;
                }
                continue;
            }
            boolean blankline = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                while (true) {
                    int c = src.ch(pos);
                    if (c == ' ') {
                        col++;
                        altcol++;
                        pos++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol++;
                        pos++;
                    } else if (c == '\f') {
                        col = 0;
                        altcol = 0;
                        pos++;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        PyToken error = continuation();
                        if (error != null) {
                            return error;
                        }
                    } else {
                        break;
                    }
                }
                int c = src.ch(pos);
                if (c == '#' || SourceText.isNewline(c)) {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    PyToken error = indentation(contLineCol != 0 ? contLineCol : col,
                            contLineCol != 0 ? contLineCol : altcol);
                    if (error != null) {
                        return error;
                    }
                }
            }
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return synthetic(DEDENT, pos);
                }
                pendin--;
                return synthetic(INDENT, pos);
            }
            while (true) {
                int c = src.ch(pos);
                while (c == ' ' || c == '\t' || c == '\f') {
                    c = src.ch(++pos);
                }
                int start = pos;
                tokenStart = pos;
                if (c == '#') {
                    int end = pos;
                    while (src.ch(end) != SourceText.EOF && !SourceText.isNewline(src.ch(end))) {
                        end++;
                    }
                    if (lenient) {
                        PyToken comment = make(COMMENT, pos, end);
                        comment.setChannel(Token.HIDDEN_CHANNEL);
                        pending.add(comment);
                    }
                    pos = end;
                    tokenStart = end;
                    c = src.ch(pos);
                }
                if (c == SourceText.EOF) {
                    if (level > 0) {
                        return unclosedAtEof();
                    }
                    return endMarker();
                }
                if (SourceText.isNewline(c)) {
                    int nl = pos;
                    pos += src.newlineLength(pos);
                    atBol = true;
                    if (blankline || level > 0) {
                        break;
                    }
                    return make(NEWLINE, start, nl + 1);
                }
                if (c == '\\') {
                    PyToken error = continuation();
                    if (error != null) {
                        return error;
                    }
                    continue;
                }
                return regular(start, c, mode);
            }
        }
    }

    /** Compares the new line's indentation with the stack; INDENT/DEDENT become pending. */
    private PyToken indentation(int col, int altcol) {
        if (col == indStack[indent]) {
            if (altcol != altIndStack[indent]) {
                return tabError();
            }
        } else if (col > indStack[indent]) {
            if (indent + 1 >= MAXINDENT) {
                if (lenient) {
                    return null;
                }
                int line = lines.line(pos);
                return deferred(errors.raw(Errors.INDENTATION, "too many levels of indentation",
                        line, 1, line, 0, false));
            }
            if (altcol <= altIndStack[indent]) {
                return tabError();
            }
            pendin++;
            indStack[++indent] = col;
            altIndStack[indent] = altcol;
        } else {
            while (indent > 0 && col < indStack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indStack[indent]) {
                if (lenient) {
                    return null;
                }
                int line = lines.line(pos);
                int offset = lines.codePointColumn(line, lines.lineEnd(line) - lines.lineStart(line)) + 1;
                return deferred(errors.raw(Errors.INDENTATION,
                        "unindent does not match any outer indentation level",
                        line, offset, line, -1, false));
            }
            if (altcol != altIndStack[indent]) {
                return tabError();
            }
        }
        return null;
    }

    private PyToken tabError() {
        if (lenient) {
            return null;
        }
        int line = lines.line(pos);
        return deferred(errors.raw(Errors.TAB, "inconsistent use of tabs and spaces in indentation",
                line, 1, line, 0, false));
    }

    /** After a backslash: it must end the line, and more input must follow. */
    private PyToken continuation() {
        int backslash = pos;
        pos++;
        int c = src.ch(pos);
        if (!SourceText.isNewline(c)) {
            if (lenient) {
                pos = backslash;
                errorEnd = backslash + 1;
                throw errors.atCursor("", backslash + 1, false);
            }
            int line = lines.line(backslash);
            int col = lines.codePointColumn(line, pos - lines.lineStart(line));
            return deferred(errors.raw(Errors.SYNTAX,
                    "unexpected character after line continuation character", line, col + 1, line, 0,
                    false));
        }
        pos += src.newlineLength(pos);
        if (src.ch(pos) == SourceText.EOF) {
            if (lenient) {
                return endMarker();
            }
            int line = lines.line(backslash);
            int offset = lines.codePointColumn(line, pos - lines.lineStart(line));
            return deferred(errors.raw(Errors.SYNTAX, "unexpected EOF while parsing",
                    line, offset, line, -1, true));
        }
        checkNul(pos);
        return null;
    }

    private PyToken unclosedAtEof() {
        if (lenient) {
            return endMarker();
        }
        int open = parenOffset[level - 1];
        int line = lines.line(open);
        return deferred(errors.known(Errors.SYNTAX,
                "'" + parenStack[level - 1] + "' was never closed",
                line, lines.column(open), line, -1, true));
    }

    /** A name, number, string, operator or bracket. */
    private PyToken regular(int start, int c, FStringMode mode) {
        if (mode != null && mode.inExpression() && c == ':'
                && mode.curlyDepth - 1 == mode.exprStartDepth) {
            mode.regular = false;
            mode.inFormatSpec = true;
            pos++;
            return make(COLON, start, pos);
        }
        input.seek(pos);
        int type = interp.match(input, Lexer.DEFAULT_MODE);
        int end = input.index();
        switch (type) {
            case STRING_OPEN:
                return strings.open(start, end);
            case NUMBER:
                errorEnd = end;
                end = numbers.scan(start);
                pos = end;
                return make(NUMBER, start, end);
            case NAME:
                pos = end;
                checkIdentifier(start, end);
                return make(NAME, start, end);
            case LPAR:
            case LSQB:
            case LBRACE:
                pos = end;
                if (level >= MAXLEVEL) {
                    throw errors.atCursor("too many nested parentheses", end, false);
                }
                parenStack[level] = (char) c;
                parenOffset[level] = start;
                level++;
                if (mode != null) {
                    mode.curlyDepth++;
                }
                return make(type, start, end);
            case RPAR:
            case RSQB:
            case RBRACE:
                pos = end;
                closeBracket((char) c, start, mode);
                return make(type, start, end);
            case OP:
                pos = end;
                if (!Printable.isPrintable(c)) {
                    throw errors.atCursor(String.format("invalid non-printable character U+%04X", c),
                            end, false);
                }
                return make(type, start, end);
            default:
                if (type == Token.EOF) {
                    return endMarker();
                }
                pos = end;
                return make(type, start, end);
        }
    }

    private void closeBracket(char c, int start, FStringMode mode) {
        if (mode != null && mode.curlyDepth == 0 && c == '}') {
            throw errors.atCursor("f-string: single '}' is not allowed", pos, false);
        }
        if (level == 0) {
            throw errors.atCursor("unmatched '" + c + "'", pos, false);
        }
        level--;
        char opening = parenStack[level];
        if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
            if (mode != null && opening == '{' && mode.curlyDepth - 1 == mode.exprStartDepth) {
                throw errors.atCursor("f-string: unmatched '" + c + "'", pos, false);
            }
            int openLine = lines.line(parenOffset[level]);
            if (openLine != lines.line(start)) {
                throw errors.atCursor("closing parenthesis '" + c + "' does not match opening "
                        + "parenthesis '" + opening + "' on line " + openLine, pos, false);
            }
            throw errors.atCursor("closing parenthesis '" + c + "' does not match opening "
                    + "parenthesis '" + opening + "'", pos, false);
        }
        if (mode != null) {
            mode.curlyDepth--;
            if (mode.curlyDepth < 0) {
                throw errors.atCursor("f-string: unmatched '" + c + "'", pos, false);
            }
            if (c == '}' && mode.curlyDepth == mode.exprStartDepth) {
                mode.exprStartDepth--;
                mode.regular = false;
                mode.inFormatSpec = false;
            }
        }
    }

    /** PEP 3131: a name with non-ASCII characters must be XID_Start XID_Continue*. */
    private void checkIdentifier(int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (src.text.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        int i = start;
        boolean first = true;
        while (i < end) {
            int cp = src.text.codePointAt(i);
            boolean ok = first ? cp == '_' || isXidStart(cp) : isXidContinue(cp);
            int next = i + Character.charCount(cp);
            if (!ok) {
                errorEnd = end;
                String message = Printable.isPrintable(cp)
                        ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp)
                        : String.format("invalid non-printable character U+%04X", cp);
                throw errors.atCursor(message, next, false);
            }
            first = false;
            i = next;
        }
    }

    static boolean isXidStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }


    void checkNul(int offset) {
        if (offset >= nulLineStart) {
            int line = lines.line(nulLineStart);
            throw errors.raw(Errors.SYNTAX, "source code cannot contain null bytes", line, 0, line, 0,
                    false);
        }
    }

    FStringMode top() {
        return modes.isEmpty() ? null : modes.get(modes.size() - 1);
    }

    // ------------------------------------------------------------------ token construction

    PyToken make(int type, int start, int end) {
        PyToken t = new PyToken(pair, type, start, end);
        t.level = level;
        int line = lines.line(start);
        t.setLine(line);
        t.setCharPositionInLine(start - lines.lineStart(line));
        int endLine = end - 1 > start ? lines.line(end - 1) : line;
        t.endLine = endLine;
        t.endColumn = end - lines.lineStart(endLine);
        return t;
    }

    /**
     * INDENT, DEDENT and EOF: CPython gives them no column; errors at them use the tokenizer's
     * cursor instead, which we keep as the end column.
     */
    private PyToken synthetic(int type, int at) {
        if (at >= src.length) {
            PyToken end = eofToken();
            PyToken t = new PyToken(pair, type, end.getStartIndex(), end.getStartIndex());
            t.setLine(end.getLine());
            t.setCharPositionInLine(-1);
            t.endLine = end.endLine;
            t.endColumn = end.endColumn;
            t.level = level;
            return t;
        }
        PyToken t = new PyToken(pair, type, at, at);
        int line = lines.line(at);
        t.setLine(line);
        t.setCharPositionInLine(-1);
        t.endLine = line;
        t.endColumn = at - lines.lineStart(line);
        t.level = level;
        return t;
    }

    private PyToken endMarker() {
        endOfInput = true;
        return eofToken();
    }

    private PyToken eofToken() {
        if (eof == null) {
            int last = Math.max(0, src.length - 1);
            int line = lines.line(last);
            PyToken t = new PyToken(pair, Token.EOF, src.text.length(), src.text.length());
            t.setLine(line);
            t.setCharPositionInLine(-1);
            t.endLine = line;
            t.endColumn = src.length - lines.lineStart(line);
            eof = t;
        }
        return eof;
    }

    /** An ERRORTOKEN that reports {@code error} if the parser reaches it; nothing follows it. */
    private PyToken deferred(PySyntaxError error) {
        PyToken t = synthetic(ERRORTOKEN, Math.min(pos, src.text.length()));
        t.error = error;
        endMarker();
        return t;
    }

    // ------------------------------------------------------------------ TokenSource

    /** Not tracked: every token's position is set when it is made. */
    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getCharPositionInLine() {
        return -1;
    }

    @Override
    public CharStream getInputStream() {
        return input;
    }

    @Override
    public String getSourceName() {
        return input.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return null;
    }
}
