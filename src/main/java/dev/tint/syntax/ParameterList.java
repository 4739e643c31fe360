package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintParser.*;

import dev.tint.ast.Expr;
import dev.tint.ast.Parameters;
import dev.tint.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A def's or lambda's parameter list, parsed flat by the grammar: checks the order of its
 * parts with CPython's messages, and builds {@link Parameters}.
 */
final class ParameterList {
    private enum Kind { PLAIN, STAR, DOUBLE_STAR, SLASH }

    /** One parameter as written. */
    private record Item(Kind kind, Token first, TerminalNode name, ExpressionContext annotation,
                        TerminalNode equal, ExpressionContext defaultValue) {}

    private final BuildContext bc;
    private final ExprBuilder exprs;
    private final boolean lambda;
    private final List<Item> items = new ArrayList<>();
    private final Token after;

    ParameterList(BuildContext bc, ExprBuilder exprs, ParametersContext ctx) {
        this.bc = bc;
        this.exprs = exprs;
        this.lambda = false;
        for (ParameterContext p : ctx.parameter()) {
            if (p instanceof PlainParameterContext q) {
                items.add(new Item(Kind.PLAIN, q.start, q.NAME(), q.COLON() == null ? null : q.expression(0),
                        q.EQUAL(), q.EQUAL() == null ? null : last(q.expression())));
            } else if (p instanceof StarParameterContext q) {
                items.add(new Item(Kind.STAR, q.start, q.NAME(), q.COLON() == null ? null : q.expression(0),
                        q.EQUAL(), q.EQUAL() == null ? null : last(q.expression())));
            } else if (p instanceof DoubleStarParameterContext q) {
                items.add(new Item(Kind.DOUBLE_STAR, q.start, q.NAME(),
                        q.COLON() == null ? null : q.expression(0), q.EQUAL(),
                        q.EQUAL() == null ? null : last(q.expression())));
            } else {
                items.add(new Item(Kind.SLASH, p.start, null, null, null, null));
            }
        }
        this.after = nextToken(ctx);
    }

    ParameterList(BuildContext bc, ExprBuilder exprs, LambdaParametersContext ctx) {
        this.bc = bc;
        this.exprs = exprs;
        this.lambda = true;
        for (LambdaParameterContext p : ctx.lambdaParameter()) {
            if (p instanceof PlainLambdaParameterContext q) {
                items.add(new Item(Kind.PLAIN, q.start, q.NAME(), null, q.EQUAL(), q.expression()));
            } else if (p instanceof StarLambdaParameterContext q) {
                items.add(new Item(Kind.STAR, q.start, q.NAME(), null, q.EQUAL(), q.expression()));
            } else if (p instanceof DoubleStarLambdaParameterContext q) {
                items.add(new Item(Kind.DOUBLE_STAR, q.start, q.NAME(), null, q.EQUAL(), q.expression()));
            } else {
                items.add(new Item(Kind.SLASH, p.start, null, null, null, null));
            }
        }
        this.after = nextToken(ctx);
    }

    private Token nextToken(ParserRuleContext ctx) {
        int i = ctx.stop.getTokenIndex() + 1;
        return i < bc.tokens.size() ? bc.tokens.get(i) : ctx.stop;
    }

    private static ExpressionContext last(List<ExpressionContext> list) {
        return list.get(list.size() - 1);
    }

    /** Raises CPython's error for a misplaced part, if any. */
    void check() {
        boolean slash = false;
        boolean star = false;
        boolean kwargs = false;
        boolean defaults = false;
        for (int i = 0; i < items.size(); i++) {
            Item p = items.get(i);
            if (kwargs) {
                throw bc.errors.at("arguments cannot follow var-keyword argument",
                        p.kind == Kind.PLAIN ? span(p) : BuildContext.span(p.first));
            }
            switch (p.kind) {
                case SLASH -> {
                    if (i == 0) {
                        throw bc.errors.at("at least one argument must precede /", BuildContext.span(p.first));
                    }
                    if (slash) {
                        throw bc.errors.at("/ may appear only once", BuildContext.span(p.first));
                    }
                    if (star) {
                        throw bc.errors.at("/ must be ahead of *", BuildContext.span(p.first));
                    }
                    slash = true;
                }
                case PLAIN -> {
                    if (p.equal != null) {
                        defaults |= !star;
                    } else if (defaults && !star) {
                        throw bc.errors.at("parameter without a default follows parameter with a default",
                                span(p));
                    }
                }
                case STAR -> {
                    if (p.equal != null && p.name != null) {
                        throw bc.errors.at("var-positional argument cannot have default value",
                                BuildContext.span(p.equal));
                    }
                    if (star) {
                        throw bc.errors.at("* argument may appear only once", BuildContext.span(p.first));
                    }
                    star = true;
                    Item next = i + 1 < items.size() ? items.get(i + 1) : null;
                    if (p.name == null && (next == null || next.kind == Kind.DOUBLE_STAR)) {
                        Span where = BuildContext.span(p.first);
                        if (lambda) {
                            where = BuildContext.span(next == null ? after : next.first);
                        }
                        throw bc.errors.at("named arguments must follow bare *", where);
                    }
                }
                case DOUBLE_STAR -> {
                    if (p.equal != null) {
                        throw bc.errors.at("var-keyword argument cannot have default value",
                                BuildContext.span(p.equal));
                    }
                    kwargs = true;
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    /** Each parameter's name token, in order (for duplicate checks). */
    List<Token> names() {
        List<Token> out = new ArrayList<>();
        for (Item p : items) {
            if (p.name != null) {
                out.add(p.name.getSymbol());
            }
        }
        return out;
    }

    Parameters build() {
        List<Parameters.Parameter> positionalOnly = List.of();
        List<Parameters.Parameter> regular = new ArrayList<>();
        Parameters.Parameter varargs = null;
        List<Parameters.Parameter> keywordOnly = new ArrayList<>();
        Parameters.Parameter kwargs = null;
        boolean star = false;
        for (Item p : items) {
            switch (p.kind) {
                case SLASH -> {
                    positionalOnly = regular;
                    regular = new ArrayList<>();
                }
                case PLAIN -> (star ? keywordOnly : regular).add(parameter(p));
                case STAR -> {
                    star = true;
                    if (p.name != null) {
                        varargs = parameter(p);
                    }
                }
                case DOUBLE_STAR -> kwargs = parameter(p);
                default -> throw new IllegalStateException();
            }
        }
        return new Parameters(List.copyOf(positionalOnly), List.copyOf(regular), varargs,
                List.copyOf(keywordOnly), kwargs);
    }

    private Parameters.Parameter parameter(Item p) {
        Expr annotation = p.annotation == null ? null : exprs.expression(p.annotation);
        Expr defaultValue = p.defaultValue == null ? null : exprs.expression(p.defaultValue);
        return new Parameters.Parameter(span(p), BuildContext.identifier(p.name), annotation, defaultValue);
    }

    /** A parameter's node extent in CPython: its name and annotation, not its default. */
    private Span span(Item p) {
        Span name = BuildContext.span(p.name);
        return p.annotation == null ? name : name.to(bc.span(p.annotation));
    }
}
