package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintParser.*;

import dev.tint.ast.Expr;
import dev.tint.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds string atoms: adjacent literals concatenate into one str {@link Expr.Constant}, or into
 * one {@link Expr.JoinedStr} as soon as an f-string takes part, with neighbouring literal text
 * merged into single Constant parts.
 */
final class FStringBuilder {
    private final BuildContext bc;
    private final ExprBuilder exprs;

    FStringBuilder(BuildContext bc, ExprBuilder exprs) {
        this.bc = bc;
        this.exprs = exprs;
    }

    /** Literal text being accumulated, with the extent of its pieces. */
    private static final class Pending {
        final StringBuilder text = new StringBuilder();
        Span span;

        void add(String s, Span where) {
            text.append(s);
            span = span == null ? where : span.to(where);
        }
    }

    Expr strings(StringAtomContext ctx) {
        List<Expr> parts = new ArrayList<>();
        Pending pending = new Pending();
        boolean joined = false;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode node) {
                Token t = node.getSymbol();
                pending.add(decodeString(t), BuildContext.span(t));
            } else {
                joined = true;
                for (FstringPartContext part : ((FstringContext) child).fstringPart()) {
                    if (part.FSTRING_MIDDLE() != null) {
                        Token t = part.FSTRING_MIDDLE().getSymbol();
                        pending.add(decodeMiddle(t), BuildContext.span(t));
                    } else {
                        flush(pending, parts);
                        parts.add(field(part.replacementField()));
                        pending = new Pending();
                    }
                }
            }
        }
        Span span = bc.span(ctx);
        if (!joined) {
            return new Expr.Constant(span, pending.text.toString());
        }
        flush(pending, parts);
        return new Expr.JoinedStr(span, parts);
    }

    private static void flush(Pending pending, List<Expr> parts) {
        if (pending.text.length() > 0) {
            parts.add(new Expr.Constant(pending.span, pending.text.toString()));
        }
        pending.text.setLength(0);
        pending.span = null;
    }

    /** The value of a STRING token (bytes literals were rejected while parsing). */
    String decodeString(Token t) {
        PyToken p = (PyToken) t;
        if (p.value == null) {
            try {
                p.value = StringLiterals.decodeToken(t.getText());
            } catch (StringLiterals.BadEscape e) {
                throw bc.errors.at(e.getMessage(), BuildContext.span(t));
            }
        }
        return p.value;
    }

    String decodeMiddle(Token t) {
        PyToken p = (PyToken) t;
        if (p.value == null) {
            try {
                String text = t.getText();
                if (p.doubledBrace) {
                    text = text.substring(0, text.length() - 1);
                }
                p.value = StringLiterals.decode(text, p.raw);
            } catch (StringLiterals.BadEscape e) {
                throw bc.errors.at(e.getMessage(), BuildContext.span(t));
            }
        }
        return p.value;
    }

    /** One {@code {value=!c:spec}} field. */
    private Expr field(ReplacementFieldContext ctx) {
        Expr value = exprs.yieldOrStar(ctx.yieldExpr(), ctx.starExpressions());
        char conversion = 0;
        if (ctx.EXCLAMATION() != null) {
            conversion = ctx.NAME().getText().charAt(0);
        }
        Expr spec = null;
        if (ctx.COLON() != null) {
            List<Expr> parts = new ArrayList<>();
            Pending pending = new Pending();
            Span specSpan = BuildContext.span(ctx.COLON());
            for (FormatSpecPartContext part : ctx.formatSpecPart()) {
                specSpan = specSpan.to(bc.span(part));
                if (part.FSTRING_MIDDLE() != null) {
                    Token t = part.FSTRING_MIDDLE().getSymbol();
                    pending.add(decodeMiddle(t), BuildContext.span(t));
                } else {
                    flush(pending, parts);
                    parts.add(field(part.replacementField()));
                    pending = new Pending();
                }
            }
            flush(pending, parts);
            spec = new Expr.JoinedStr(specSpan, parts);
        }
        String selfDocumenting = null;
        if (ctx.EQUAL() != null) {
            selfDocumenting = debugText(ctx);
            if (conversion == 0 && spec == null) {
                conversion = 'r';
            }
        }
        return new Expr.FormattedValue(bc.span(ctx), value, conversion, spec, selfDocumenting);
    }

    /**
     * The text of {@code f"{x = }"} before the value: the source from after the brace to the
     * conversion, format spec or closing brace, with comments dropped as CPython does.
     */
    private String debugText(ReplacementFieldContext ctx) {
        int from = ctx.LBRACE().getSymbol().getStopIndex() + 1;
        Token end = ctx.EXCLAMATION() != null ? ctx.EXCLAMATION().getSymbol()
                : ctx.COLON() != null ? ctx.COLON().getSymbol() : ctx.RBRACE().getSymbol();
        String raw = StringLiterals.normalizeNewlines(bc.text.substring(from, end.getStartIndex()));
        if (raw.indexOf('#') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '#') {
                while (i < raw.length() && raw.charAt(i) != '\n') {
                    i++;
                }
                if (i < raw.length()) {
                    out.append('\n');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
