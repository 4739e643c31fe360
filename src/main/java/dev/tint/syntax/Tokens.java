package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintLexer.*;

import dev.tint.source.Origin;
import dev.tint.source.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Lexes text for syntax highlighting: every token with its category and its UTF-16 extent.
 * Never throws: text the tokenizer rejects (an unterminated string, a stray character, a bad
 * number) becomes ERROR tokens, and lexing goes on after it. Whitespace, line ends and
 * indentation produce no tokens; comments do.
 */
public final class Tokens {
    /** What a token is, for choosing its color. */
    public enum Category { KEYWORD, NAME, STRING, NUMBER, COMMENT, OPERATOR, BRACKET, ERROR }

    /** A token: its category and its extent, as UTF-16 offsets {@code [start, end)} into the text. */
    public record Token(Category category, int start, int end) {}

    private Tokens() {}

    public static List<Token> lex(String text) {
        List<Token> out = new ArrayList<>();
        try {
            Errors errors = new Errors(new Source(Origin.user("<highlight>"), text), new LineIndex(text));
            List<PyToken> tokens = new Tokenizer(new SourceText(text), errors, true).all();
            SoftKeywords.retype(tokens);
            for (PyToken t : tokens) {
                Category category = category(t.getType());
                int start = t.getStartIndex();
                int end = Math.min(t.end(), text.length());
                if (category == null || end <= start) {
                    continue;
                }
                out.add(new Token(category, start, end));
            }
        } catch (RuntimeException | StackOverflowError e) {
            int from = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            if (from < text.length()) {
                out.add(new Token(Category.ERROR, from, text.length()));
            }
        }
        return out;
    }

    private static Category category(int type) {
        if (type >= FALSE && type <= YIELD || type == SOFT_MATCH || type == SOFT_TYPE) {
            return Category.KEYWORD;
        }
        return switch (type) {
            case NAME -> Category.NAME;
            case STRING, FSTRING_START, FSTRING_MIDDLE, FSTRING_END -> Category.STRING;
            case NUMBER -> Category.NUMBER;
            case COMMENT -> Category.COMMENT;
            case LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE -> Category.BRACKET;
            case ERRORTOKEN, OP -> Category.ERROR;
            case NEWLINE, INDENT, DEDENT, WS, BACKSLASH, org.antlr.v4.runtime.Token.EOF -> null;
            default -> Category.OPERATOR;
        };
    }
}
