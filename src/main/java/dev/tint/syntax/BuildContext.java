package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintLexer.DEDENT;
import static dev.tint.syntax.antlr.TintLexer.INDENT;
import static dev.tint.syntax.antlr.TintLexer.NEWLINE;

import dev.tint.source.Span;
import java.text.Normalizer;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** What the AST builders share: the source text, the token list, errors and span helpers. */
final class BuildContext {
    final String text;
    final List<? extends Token> tokens;
    final Errors errors;

    BuildContext(String text, List<? extends Token> tokens, Errors errors) {
        this.text = text;
        this.tokens = tokens;
        this.errors = errors;
    }

    /** From the rule's first token to its last token other than NEWLINE, INDENT or DEDENT. */
    Span span(ParserRuleContext ctx) {
        return Errors.span(ctx.start, lastReal(ctx.stop));
    }

    static Span span(Token token) {
        return Errors.span(token);
    }

    static Span span(TerminalNode node) {
        return Errors.span(node.getSymbol());
    }

    static Span span(Token from, Token to) {
        return Errors.span(from, to);
    }

    Token lastReal(Token stop) {
        int i = stop.getTokenIndex();
        if (i < 0) {
            return stop;
        }
        Token t = stop;
        while (i > 0 && (t.getType() == NEWLINE || t.getType() == INDENT || t.getType() == DEDENT
                || t.getType() == Token.EOF)) {
            t = tokens.get(--i);
        }
        return t;
    }

    /** A NAME token's identifier: NFKC-normalized when it has non-ASCII characters (PEP 3131). */
    static String identifier(Token token) {
        String s = token.getText();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    static String identifier(TerminalNode node) {
        return identifier(node.getSymbol());
    }
}
