package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintParser.*;

import dev.tint.ast.Expr;
import dev.tint.source.Span;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs while parsing (as a parse listener), so that errors come in source order as CPython's do:
 * the places where the grammar is looser than Python's (assignment, deletion and loop targets,
 * parameter and argument lists, dict and set displays, starred expressions, f-string conversions)
 * and the constructs Tint does not support.
 */
final class Checks implements ParseTreeListener {
    private final BuildContext bc;
    private final ExprBuilder exprs;
    private final Errors errors;
    /** Set once parsing has failed or a check has thrown: later events come from unwinding. */
    private boolean stopped;

    Checks(BuildContext bc) {
        this.bc = bc;
        this.exprs = new ExprBuilder(bc);
        this.errors = bc.errors;
    }

    @Override
    public void visitTerminal(TerminalNode node) {
        if (stopped) {
            return;
        }
        try {
            terminal(node);
        } catch (PySyntaxError e) {
            stopped = true;
            throw e;
        }
    }

    @Override
    public void enterEveryRule(ParserRuleContext ctx) {
        if (stopped) {
            return;
        }
        try {
            enter(ctx);
        } catch (PySyntaxError e) {
            stopped = true;
            throw e;
        }
    }

    @Override
    public void exitEveryRule(ParserRuleContext ctx) {
        if (stopped || ctx.exception != null) {
            stopped = true;
            return;
        }
        try {
            exit(ctx);
        } catch (PySyntaxError e) {
            stopped = true;
            throw e;
        }
    }

    private void terminal(TerminalNode node) {
        Token t = node.getSymbol();
        ParseTree parent = node.getParent();
        switch (t.getType()) {
            case AWAIT -> throw Unsupported.await(errors, t);
            case YIELD -> throw Unsupported.yieldToken(errors, t, next(t).getType() == FROM);
            case WITH -> throw statement(t, Unsupported.with(errors, t));
            case ASYNC -> throw statement(t, Unsupported.async(errors, t, next(t).getType() == DEF));
            case STRING -> {
                if (StringLiterals.isBytes(t.getText())) {
                    throw Unsupported.bytes(errors, t);
                }
                exprs.strings().decodeString(t);
            }
            case FSTRING_MIDDLE -> exprs.strings().decodeMiddle(t);
            case NOTEQUAL -> {
                if (t.getText().equals("<>")) {
                    throw errors.at("invalid syntax", BuildContext.span(t));
                }
            }
            case NUMBER -> {
                if (NumberLiterals.isImaginary(t.getText())) {
                    throw Unsupported.complex(errors, t);
                }
            }
            case STAR -> {
                if (parent instanceof ImportTargetsContext) {
                    throw Unsupported.starImport(errors, t);
                }
                if (parent instanceof ExceptClauseContext) {
                    throw Unsupported.exceptStar(errors, t);
                }
            }
            case COLON -> {
                if (parent instanceof ExceptClauseContext e && !e.COMMA().isEmpty()) {
                    Span first = bc.span(e.expression(0));
                    throw errors.known(Errors.SYNTAX, "multiple exception types must be parenthesized",
                            first.line(), first.column(), t.getLine(), t.getCharPositionInLine(), false);
                }
            }
            case RPAR -> {
                if (parent instanceof ClassDefContext c) {
                    classBases(c);
                } else if (parent instanceof ParenAtomContext p) {
                    group(p);
                }
            }
            case RBRACE -> {
                if (parent instanceof BraceAtomContext b) {
                    braces(b);
                }
            }
            default -> { }
        }
    }

    private void enter(ParserRuleContext ctx) {
        switch (ctx.getRuleIndex()) {
            case RULE_matchStmt, RULE_typeAlias, RULE_typeParams -> { }
            default -> {
                return;
            }
        }
        if (ctx instanceof MatchStmtContext) {
            throw statement(ctx.start, Unsupported.match(errors, ctx.start));
        } else if (ctx instanceof TypeAliasContext) {
            throw Unsupported.typeStatement(errors, ctx.start);
        } else if (ctx instanceof TypeParamsContext) {
            throw Unsupported.typeParameters(errors, BuildContext.span(ctx.start));
        }
    }

    private void exit(ParserRuleContext ctx) {
        switch (ctx.getRuleIndex()) {
            case RULE_exprStmt, RULE_delStmt, RULE_targetList, RULE_parameters, RULE_lambdaParameters,
                    RULE_arguments, RULE_replacementField, RULE_expression, RULE_augAssign -> { }
            default -> {
                return;
            }
        }
        if (ctx instanceof ExprStmtContext e) {
            if (!e.EQUAL().isEmpty()) {
                assignment(e);
            }
        } else if (ctx instanceof DelStmtContext d) {
            deletion(d);
        } else if (ctx instanceof TargetListContext t) {
            if (next(t.stop).getType() != IN) {
                return;
            }
            Expr target = exprs.targetList(t);
            Expr bad = Targets.invalid(target, Targets.Kind.FOR);
            if (bad != null) {
                throw errors.at("cannot assign to " + Targets.name(bad), bad.span());
            }
        } else if (ctx instanceof ParametersContext p) {
            if (next(p.stop).getType() == RPAR) {
                new ParameterList(bc, exprs, p).check();
            }
        } else if (ctx instanceof LambdaParametersContext p) {
            if (next(p.stop).getType() == COLON) {
                new ParameterList(bc, exprs, p).check();
            }
        } else if (ctx instanceof ArgumentsContext a) {
            if (next(a.stop).getType() == RPAR) {
                new ArgumentList(bc, a).check();
            }
        } else if (ctx instanceof AugAssignContext a) {
            augmentedTarget((StarExpressionsContext) a.getParent().getChild(0));
        } else if (ctx instanceof ReplacementFieldContext r) {
            conversion(r);
        } else if (ctx instanceof StarExprContext s) {
            starred(s);
        } else if (ctx instanceof WalrusExprContext w) {
            walrus(w);
        }
        if (ctx instanceof ExpressionContext e && e.getParent() instanceof AnnotationContext a
                && a.expression() == e) {
            annotatedTarget((StarExpressionsContext) a.getParent().getChild(0));
        }
    }

    @Override
    public void visitErrorNode(ErrorNode node) {
    }

    /**
     * An unsupported compound statement, unless the tokenizer failed inside it (a bad dedent in
     * its block, say): CPython would have parsed that far and reported the tokenizer's error.
     */
    private PySyntaxError statement(Token first, PySyntaxError unsupported) {
        int depth = 0;
        for (int i = first.getTokenIndex(); i < bc.tokens.size(); i++) {
            Token t = bc.tokens.get(i);
            int type = t.getType();
            if (type == ERRORTOKEN && ((PyToken) t).error != null) {
                return ((PyToken) t).error;
            }
            if (type == INDENT) {
                depth++;
            } else if (type == DEDENT) {
                if (--depth == 0) {
                    break;
                }
            } else if (type == NEWLINE && depth == 0 && next(t).getType() != INDENT
                    || type == Token.EOF) {
                break;
            }
        }
        return unsupported;
    }

    private Token next(Token t) {
        int i = t.getTokenIndex() + 1;
        return i < bc.tokens.size() ? bc.tokens.get(i) : t;
    }

    // ------------------------------------------------------------------ targets

    private void assignment(ExprStmtContext ctx) {
        List<StarExpressionsContext> parts = ctx.starExpressions();
        int targets = ctx.EQUAL().size();
        Expr bad = null;
        for (int i = 0; i < targets && bad == null; i++) {
            bad = Targets.invalid(exprs.starExpressions(parts.get(i)), Targets.Kind.ASSIGN);
        }
        if (bad == null) {
            return;
        }
        PySyntaxError here = hereVariant(parts, targets);
        throw here != null ? here : errors.at("cannot assign to " + Targets.name(bad), bad.span());
    }

    /**
     * CPython's invalid_named_expression, which its second pass tries on the expression just
     * before the first '=' (the first target, or its last element): {@code a = b} where a is a
     * bitwise_or (not a list, tuple, generator or True/False/None literal) and b starts with a
     * bitwise_or that is not followed by another '='.
     */
    private PySyntaxError hereVariant(List<StarExpressionsContext> parts, int targets) {
        if (parts.size() < 2) {
            return null;
        }
        List<ExpressionContext> elements = parts.get(0).expression();
        ExpressionContext last = elements.get(elements.size() - 1);
        StarExpressionsContext value = parts.get(1);
        int first = value.start.getType();
        if (!isBitwiseOr(last) || first == NOT || first == LAMBDA || first == STAR) {
            return null;
        }
        if (value.COMMA().isEmpty() && isBitwiseOr(value.expression(0)) && targets > 1) {
            return null;
        }
        Expr target = exprs.expression(last);
        if (target instanceof Expr.Name) {
            return errors.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    target.span(), bc.span(leadingBitwiseOr(value.expression(0))));
        }
        if (target instanceof Expr.ListDisplay || target instanceof Expr.Tuple
                || target instanceof Expr.GeneratorExp || target instanceof Expr.Constant c
                && (c.value() instanceof Boolean || c.value() == Expr.Constant.NONE)) {
            return null;
        }
        return errors.at("cannot assign to " + Targets.name(target)
                + " here. Maybe you meant '==' instead of '='?", target.span());
    }

    /** True when the expression is at bitwise_or level (no comparison, not/and/or, if, lambda). */
    static boolean isBitwiseOr(ExpressionContext e) {
        if (!(e instanceof CondExprContext c) || c.IF() != null) {
            return false;
        }
        return c.test(0) instanceof CompareTestContext t && t.compOp().isEmpty();
    }

    /** The bitwise_or an expression starts with. */
    private static ParserRuleContext leadingBitwiseOr(ExpressionContext e) {
        if (!(e instanceof CondExprContext c)) {
            return e;
        }
        TestContext t = c.test(0);
        while (t instanceof AndTestContext || t instanceof OrTestContext) {
            t = (TestContext) t.getChild(0);
        }
        return t instanceof CompareTestContext cmp ? cmp.bitExpr(0) : t;
    }

    private void deletion(DelStmtContext ctx) {
        Expr targets = exprs.starExpressions(ctx.starExpressions());
        Expr bad = Targets.invalid(targets, Targets.Kind.DELETE);
        if (bad != null) {
            throw errors.at("cannot delete " + Targets.name(bad), bad.span());
        }
    }

    private void augmentedTarget(StarExpressionsContext ctx) {
        Expr target = exprs.starExpressions(ctx);
        if (!Targets.isSimpleTarget(target)) {
            throw errors.at("'" + Targets.name(target) + "' is an illegal expression for augmented assignment",
                    target.span());
        }
    }

    private void annotatedTarget(StarExpressionsContext ctx) {
        if (!ctx.COMMA().isEmpty()) {
            throw errors.at("only single target (not tuple) can be annotated", bc.span(ctx.expression(0)));
        }
        Expr target = exprs.starExpressions(ctx);
        if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            throw errors.at("only single target (not " + Targets.name(target) + ") can be annotated",
                    target.span());
        }
        if (!Targets.isSimpleTarget(target)) {
            throw errors.at("illegal target for annotation", target.span());
        }
    }

    // ------------------------------------------------------------------ displays and fields

    private void classBases(ClassDefContext ctx) {
        if (ctx.arguments() == null) {
            return;
        }
        int bases = 0;
        for (ArgumentContext arg : ctx.arguments().argument()) {
            if (arg.compFor() != null) {
                throw errors.at("invalid syntax", BuildContext.span(arg.compFor().start));
            }
            if (arg.EQUAL() != null) {
                if (arg.expression(0).getText().equals("metaclass")) {
                    throw Unsupported.metaclass(errors, bc.span(arg));
                }
            } else if (arg.DOUBLESTAR() == null && ++bases == 2) {
                throw Unsupported.multipleInheritance(errors, bc.span(arg));
            }
        }
    }

    /** {@code (*a)}: CPython's invalid_group. */
    private void group(ParenAtomContext ctx) {
        List<ExpressionContext> items = ctx.expression();
        if (items.size() == 1 && ctx.COMMA().isEmpty() && ctx.compFor() == null
                && items.get(0) instanceof StarExprContext s) {
            throw errors.at("cannot use starred expression here", bc.span(s));
        }
    }

    private void braces(BraceAtomContext ctx) {
        List<DictOrSetItemContext> items = ctx.dictOrSetItem();
        if (items.isEmpty()) {
            return;
        }
        boolean dict = isDictItem(items.get(0));
        for (int i = 1; i < items.size(); i++) {
            DictOrSetItemContext item = items.get(i);
            if (dict && !isDictItem(item)) {
                Span key = bc.span(item);
                int line = key.endLine();
                throw errors.known(Errors.SYNTAX, "':' expected after dictionary key", line,
                        key.endColumn() - 1, line, -1, false);
            }
            if (!dict && isDictItem(item)) {
                Token at = item.DOUBLESTAR() != null ? item.DOUBLESTAR().getSymbol() : item.COLON().getSymbol();
                throw errors.at("invalid syntax", BuildContext.span(at));
            }
        }
        if (ctx.compFor() != null && items.get(0).DOUBLESTAR() != null) {
            throw errors.at("dict unpacking cannot be used in dict comprehension",
                    BuildContext.span(items.get(0).DOUBLESTAR()));
        }
    }

    private static boolean isDictItem(DictOrSetItemContext item) {
        return item.DOUBLESTAR() != null || item.COLON() != null;
    }

    private void conversion(ReplacementFieldContext ctx) {
        if (ctx.EXCLAMATION() == null) {
            return;
        }
        Token bang = ctx.EXCLAMATION().getSymbol();
        Token name = ctx.NAME().getSymbol();
        if (name.getStartIndex() != bang.getStopIndex() + 1) {
            throw errors.range("f-string: conversion type must come right after the exclamanation mark",
                    BuildContext.span(bang), BuildContext.span(name));
        }
        String text = name.getText();
        if (!text.equals("s") && !text.equals("r") && !text.equals("a")) {
            throw errors.at("f-string: invalid conversion character '" + text
                    + "': expected 's', 'r', or 'a'", BuildContext.span(name));
        }
    }

    /** {@code x := v} is Python where a named expression may stand, else invalid syntax. */
    private void walrus(WalrusExprContext ctx) {
        ParserRuleContext parent = ctx.getParent();
        Token after = next(ctx.stop);
        Token op = ctx.COLONEQUAL().getSymbol();
        boolean allowed;
        if (parent instanceof ListAtomContext || parent instanceof ParenAtomContext
                || parent instanceof IfStmtContext || parent instanceof ElifClauseContext
                || parent instanceof WhileStmtContext || parent instanceof DecoratorContext) {
            allowed = true;
        } else if (parent instanceof DictOrSetItemContext d) {
            if (after.getType() == COLON) {
                throw errors.at("invalid syntax", BuildContext.span(after));
            }
            allowed = d.DOUBLESTAR() == null;
        } else if (parent instanceof ArgumentContext a) {
            if (after.getType() == EQUAL) {
                throw errors.at("invalid syntax", BuildContext.span(after));
            }
            allowed = a.EQUAL() == null && a.DOUBLESTAR() == null;
        } else if (parent instanceof SliceContext s) {
            allowed = s.COLON().isEmpty() && after.getType() != COLON;
        } else {
            allowed = false;
        }
        if (!allowed) {
            throw errors.at("invalid syntax", BuildContext.span(op));
        }
        throw Unsupported.walrus(errors, op);
    }

    /** A starred expression is only allowed where Python's grammar has star_expressions & co. */
    private void starred(StarExprContext ctx) {
        ParserRuleContext parent = ctx.getParent();
        if (parent instanceof DictOrSetItemContext d) {
            if (d.COLON() != null) {
                throw errors.at("cannot use a starred expression in a dictionary value", bc.span(ctx));
            }
            Token after = next(ctx.stop);
            if (after.getType() == COLON) {
                throw errors.at("invalid syntax", BuildContext.span(after));
            }
        }
        if (!starAllowed(ctx)) {
            throw errors.at("invalid syntax", BuildContext.span(ctx.STAR()));
        }
    }

    /** Whether the grammar of CPython has a starred expression where {@code ctx} stands. */
    static boolean starAllowed(StarExprContext ctx) {
        ParserRuleContext parent = ctx.getParent();
        boolean allowed;
        if (parent instanceof StarExpressionsContext || parent instanceof ListAtomContext
                || parent instanceof ParenAtomContext) {
            allowed = true;
        } else if (parent instanceof DictOrSetItemContext d) {
            allowed = d.COLON() == null;
        } else if (parent instanceof StarParameterContext) {
            allowed = true;
        } else if (parent instanceof ArgumentContext a) {
            allowed = a.compFor() == null && (a.EQUAL() == null || a.expression(0) == ctx);
        } else if (parent instanceof SliceContext s) {
            allowed = s.COLON().isEmpty();
        } else {
            allowed = false;
        }
        return allowed;
    }
}
