package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintParser.*;

import dev.tint.ast.Expr;
import dev.tint.source.Span;
import dev.tint.syntax.antlr.TintParser;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parser's first failure into the error CPython 3.13 reports for it. CPython re-parses
 * with "invalid_" rules to find a specific message; here the common ones are recognized from the
 * failing token, its neighbours and the rule being parsed, with small sub-parses where CPython's
 * rule needs to know how far an expression reaches. Otherwise: "invalid syntax" at the token.
 */
final class ErrorTranslator {
    private final BuildContext bc;
    private final CommonTokenStream stream;
    private final Errors errors;
    private final List<? extends Token> tokens;

    ErrorTranslator(BuildContext bc, CommonTokenStream stream) {
        this.bc = bc;
        this.stream = stream;
        this.errors = bc.errors;
        this.tokens = bc.tokens;
    }

    PySyntaxError translate(RecognitionException e) {
        PyToken t = (PyToken) e.getOffendingToken();
        if (t == null) {
            t = (PyToken) tokens.get(tokens.size() - 1);
        }
        if (t.getType() == ERRORTOKEN && t.error != null) {
            return t.error;
        }
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        IntervalSet expected = expected(e);
        PySyntaxError error = specific(t, ctx, expected);
        boolean generic = error == null;
        if (generic) {
            if (t.getType() == INDENT || t.getType() == DEDENT) {
                return errors.raw(Errors.INDENTATION,
                        t.getType() == INDENT ? "unexpected indent" : "unexpected unindent",
                        t.getLine(), cursor(t), t.getLine(), -1, atEnd(t));
            }
            error = atToken("invalid syntax", t);
        }
        return tokenizerFirst(tokens, unclosedBracket(error, t), errors.lines());
    }

    /**
     * CPython tokenizes the rest of the file after a syntax error, and a tokenizer error found
     * there wins (as an error of its own: more input would not help).
     */
    static PySyntaxError tokenizerFirst(List<? extends Token> tokens, PySyntaxError error, LineIndex lines) {
        PyToken last = tokens.size() >= 2 ? (PyToken) tokens.get(tokens.size() - 2) : null;
        if (last == null || last.getType() != ERRORTOKEN || last.error == null || last.error == error
                || !(last.overrides || insideFString(last, error, lines))) {
            return error;
        }
        PySyntaxError e = last.error;
        return new PySyntaxError(e.pythonType(), e.getMessage(), e.source(), e.line(), e.column(),
                e.endLine(), e.endColumn(), false);
    }

    private static IntervalSet expected(RecognitionException e) {
        try {
            return e.getExpectedTokens();
        } catch (RuntimeException ignored) {
            return new IntervalSet();
        }
    }

    /**
     * A tokenizer error met inside an f-string does not replace a parser error before that
     * f-string (CPython keeps it). One inside the same f-string does, as CPython's error search
     * reads on to it, unless the parser's error needed no look further than the brace.
     */
    private static boolean insideFString(PyToken error, PySyntaxError parserError, LineIndex lines) {
        if (error.fstringStart < 0 || parserError.getMessage().startsWith("f-string: valid expression required")) {
            return false;
        }
        int line = lines.line(error.fstringStart);
        int column = lines.codePointColumn(line, error.fstringStart - lines.lineStart(line)) + 1;
        return parserError.line() > line || parserError.line() == line && parserError.column() >= column;
    }

    /** CPython prefers "'(' was never closed" when the bracket opened on an earlier line. */
    private PySyntaxError unclosedBracket(PySyntaxError error, PyToken t) {
        PyToken last = tokens.size() >= 2 ? (PyToken) tokens.get(tokens.size() - 2) : null;
        if (last != null && last.getType() == ERRORTOKEN && last.error != null
                && last.error.getMessage().endsWith("was never closed")
                && t.getLine() > last.error.line()) {
            PySyntaxError e = last.error;
            return errors.raw(e.pythonType(), e.getMessage(), e.line(), e.column(), e.endLine(),
                    e.endColumn(), false);
        }
        return error;
    }

    private PySyntaxError specific(PyToken t, ParserRuleContext ctx, IntervalSet expected) {
        PySyntaxError e;
        if ((e = legacyPrint(t)) != null
                || (e = missingComma(t, ctx)) != null
                || (e = notAfterOperator(t)) != null
                || (e = bareStar(t)) != null
                || (e = misplacedStar(t, ctx)) != null
                || (e = annotationOfNonTarget(ctx)) != null
                || (e = assignmentInExpression(t)) != null
                || (e = fstring(t, ctx)) != null
                || (e = ifWithoutElse(t, ctx)) != null
                || (e = missingBlock(t, ctx)) != null
                || (e = missingReturnAnnotation(t)) != null
                || (e = missingColon(t, ctx, expected)) != null
                || (e = tryWithoutHandlers(t, ctx)) != null
                || (e = comprehensionWithoutIn(t, ctx)) != null
                || (e = invalidAssignmentTarget(ctx)) != null
                || (e = imports(t, ctx)) != null
                || (e = missingValue(t, ctx)) != null) {
            return e;
        }
        return null;
    }

    // ------------------------------------------------------------------ expressions

    /** {@code print "x"}: CPython's invalid_legacy_expression. */
    private PySyntaxError legacyPrint(PyToken t) {
        Token name = previous(t);
        if (name == null || name.getType() != NAME || t.getType() == LPAR
                || !(name.getText().equals("print") || name.getText().equals("exec"))) {
            return null;
        }
        Token before = previous(name);
        if (before != null && before.getType() == DOT) {
            return null;
        }
        ParserRuleContext b = subParse(t, TintParser::starExpressions);
        if (b == null) {
            return null;
        }
        return errors.range("Missing parentheses in call to '" + name.getText() + "'. Did you mean "
                + name.getText() + "(...)?", BuildContext.span(name), bc.span(b));
    }

    /** Two expressions side by side inside brackets: CPython's invalid_expression. */
    private PySyntaxError missingComma(PyToken t, ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ImportTargetsContext || c instanceof TargetListContext
                    || c instanceof CompClauseContext) {
                return null;
            }
        }
        Token start = expressionStart(t, false);
        if (start == null || start.getTokenIndex() >= t.getTokenIndex() || inParameterList(start)
                || inComprehensionClause(t)) {
            return null;
        }
        Token second = next(start);
        if (start.getType() == NAME && (second.getType() == STRING || second.getType() == FSTRING_START)
                || start.getType() == NAME && isSoftKeyword(start.getText())) {
            return null;
        }
        ParserRuleContext a = subParse(start, TintParser::test);
        if (a == null || a.stop.getTokenIndex() != t.getTokenIndex() - 1) {
            return null;
        }
        if (reachesUnclosedBracket(t)) {
            PySyntaxError e = ((PyToken) tokens.get(tokens.size() - 2)).error;
            return errors.raw(e.pythonType(), e.getMessage(), e.line(), e.column(), e.endLine(),
                    e.endColumn(), false);
        }
        ParserRuleContext b = subParse(t, TintParser::expression);
        if (b == null || b instanceof StarExprContext || ((PyToken) b.stop).level == 0) {
            return null;
        }
        return errors.range("invalid syntax. Perhaps you forgot a comma?", bc.span(a), bc.span(b));
    }

    /** Whether t follows a comprehension's {@code for} in its brackets (no expression positions). */
    private boolean inComprehensionClause(Token t) {
        int depth = 0;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == RPAR || type == RSQB || type == RBRACE) {
                depth++;
            } else if (type == LPAR || type == LSQB || type == LBRACE) {
                if (depth-- == 0) {
                    return false;
                }
            } else if (depth == 0 && type == FOR) {
                return true;
            } else if (type == NEWLINE) {
                return false;
            }
        }
        return false;
    }

    /** Whether a token is inside the parentheses of a def's parameter list. */
    private boolean inParameterList(Token start) {
        Token open = null;
        int depth = 0;
        for (int i = start.getTokenIndex() - 1; i >= 0 && open == null; i--) {
            int type = tokens.get(i).getType();
            if (type == RPAR || type == RSQB || type == RBRACE) {
                depth++;
            } else if (type == LPAR || type == LSQB || type == LBRACE) {
                if (depth-- == 0) {
                    open = tokens.get(i);
                }
            } else if (type == NEWLINE || type == INDENT || type == DEDENT) {
                return false;
            }
        }
        Token name = open == null ? null : previous(open);
        Token def = name == null ? null : previous(name);
        return open != null && open.getType() == LPAR && name != null && name.getType() == NAME
                && def != null && def.getType() == DEF;
    }

    private static boolean isSoftKeyword(String name) {
        return name.equals("match") || name.equals("case") || name.equals("type") || name.equals("_");
    }

    /** {@code a + not b}, {@code -not b}: CPython's invalid_arithmetic and invalid_factor. */
    private PySyntaxError notAfterOperator(PyToken t) {
        Token op = previous(t);
        if (t.getType() != NOT || op == null) {
            return null;
        }
        int type = op.getType();
        boolean arithmetic = type == PLUS || type == MINUS || type == STAR || type == SLASH
                || type == PERCENT || type == DOUBLESLASH || type == AT;
        if (!arithmetic && type != TILDE) {
            return null;
        }
        boolean unary = type == TILDE || !endsOperand(previous(op));
        if (unary) {
            ParserRuleContext factor = subParse(next(t), TintParser::bitExpr);
            return factor == null ? null
                    : errors.range("'not' after an operator must be parenthesized", BuildContext.span(t),
                            bc.span(factor));
        }
        ParserRuleContext test = subParse(t, TintParser::test);
        if (test == null) {
            return null;
        }
        while (test instanceof AndTestContext || test instanceof OrTestContext) {
            test = (ParserRuleContext) test.getChild(0);
        }
        return errors.range("'not' after an operator must be parenthesized", BuildContext.span(t),
                bc.span(test));
    }

    /** {@code f(*)} and {@code (**a)}: CPython's invalid_starred_expression and invalid_group. */
    private PySyntaxError bareStar(PyToken t) {
        Token star = previous(t);
        if (star == null) {
            return null;
        }
        Token before = previous(star);
        int beforeType = before == null ? NEWLINE : before.getType();
        if (star.getType() == STAR && ((PyToken) star).level > 0
                && (beforeType == LPAR || beforeType == LSQB || beforeType == LBRACE || beforeType == COMMA)
                && subParse(t, TintParser::expression) == null) {
            return atToken("Invalid star expression", t);
        }
        if (t.getType() == DOUBLESTAR && star.getType() == LPAR) {
            ParserRuleContext value = subParse(next(t), TintParser::expression);
            if (value != null && next(value.stop).getType() == RPAR) {
                return errors.at("cannot use double starred expression here", BuildContext.span(t));
            }
        }
        return null;
    }

    /**
     * {@code a[1:*b]}: the grammar takes a starred expression anywhere and checks its place
     * later; CPython fails at the star where none may stand.
     */
    private PySyntaxError misplacedStar(PyToken t, ParserRuleContext ctx) {
        Token star = previous(t);
        if (star == null || star.getType() != STAR) {
            return null;
        }
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof StarExprContext s && s.start == star) {
                return Checks.starAllowed(s) ? null : errors.at("invalid syntax", BuildContext.span(star));
            }
        }
        return null;
    }

    /**
     * {@code f(x): <bad>}: CPython never reads past the colon of an annotation whose target
     * cannot be annotated.
     */
    private PySyntaxError annotationOfNonTarget(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof AnnotationContext a && a.getParent() instanceof ExprStmtContext stmt) {
                StarExpressionsContext target = stmt.starExpressions(0);
                Expr e = new ExprBuilder(bc).starExpressions(target);
                boolean ok = target.COMMA().isEmpty() && (Targets.isSimpleTarget(e)
                        || e instanceof Expr.Tuple || e instanceof Expr.ListDisplay);
                return ok ? null : errors.at("invalid syntax", BuildContext.span(a.COLON()));
            }
        }
        return null;
    }

    /** An operator that needs an operand after it. */
    private static boolean isOperator(Token t) {
        return switch (t.getType()) {
            case DOT, PLUS, MINUS, STAR, SLASH, DOUBLESLASH, PERCENT, AT, DOUBLESTAR, VBAR, CIRCUMFLEX,
                    AMPER, LEFTSHIFT, RIGHTSHIFT, LESS, GREATER, NOTEQUAL, LESSEQUAL, GREATEREQUAL, EQEQUAL,
                    NOT, AND, OR, IN, IS, TILDE -> true;
            default -> false;
        };
    }

    /** Whether a token can end an operand (so that a following + or - is binary). */
    private static boolean endsOperand(Token t) {
        if (t == null) {
            return false;
        }
        return switch (t.getType()) {
            case NAME, NUMBER, STRING, FSTRING_END, RPAR, RSQB, RBRACE, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /**
     * {@code if x = 1:} and the like, where a named expression is expected: CPython's
     * invalid_named_expression.
     */
    private PySyntaxError assignmentInExpression(PyToken t) {
        if (t.getType() != EQUAL) {
            return null;
        }
        Token start = expressionStart(t, true);
        if (start == null || start.getTokenIndex() >= t.getTokenIndex()) {
            return null;
        }
        ParserRuleContext b = subParse(next(t), TintParser::bitExpr);
        if (b == null) {
            return null;
        }
        int after = next(b.stop).getType();
        if (after == EQUAL || after == COLONEQUAL) {
            return null;
        }
        if (start.getTokenIndex() == t.getTokenIndex() - 1 && start.getType() == NAME) {
            return errors.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    BuildContext.span(start), bc.span(b));
        }
        ParserRuleContext a = subParse(start, TintParser::bitExpr);
        if (a == null || a.stop.getTokenIndex() != t.getTokenIndex() - 1) {
            return null;
        }
        Expr target = new ExprBuilder(bc).bitExpr((BitExprContext) a);
        if (target instanceof Expr.ListDisplay || target instanceof Expr.Tuple
                || target instanceof Expr.GeneratorExp
                || target instanceof Expr.Constant c && (c.value() instanceof Boolean
                || c.value() == Expr.Constant.NONE)) {
            return null;
        }
        return errors.at("cannot assign to " + Targets.name(target)
                + " here. Maybe you meant '==' instead of '='?", target.span());
    }

    /** {@code a if b} without else: CPython's invalid_expression. */
    private PySyntaxError ifWithoutElse(PyToken t, ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof CondExprContext cond && cond.IF() != null && cond.ELSE() == null
                    && cond.test().size() == 2 && t.getType() != COLON
                    && cond.test(1).exception == null && cond.test(1).stop != null && cond.test(1).stop.getTokenIndex() == t.getTokenIndex() - 1) {
                return errors.range("expected 'else' after 'if' expression", bc.span(cond.test(0)),
                        bc.span(cond.test(1)));
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ f-strings

    private PySyntaxError fstring(PyToken t, ParserRuleContext ctx) {
        ReplacementFieldContext field = null;
        LambdaExprContext lambda = null;
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof LambdaExprContext l && lambda == null) {
                lambda = l;
            }
            if (c instanceof ReplacementFieldContext r) {
                field = r;
                break;
            }
        }
        if (field == null) {
            return null;
        }
        if (lambda != null && lambda.COLON() != null && t.getType() == FSTRING_MIDDLE) {
            return errors.range("f-string: lambda expressions are not allowed without parentheses",
                    BuildContext.span(lambda.LAMBDA()), BuildContext.span(lambda.COLON()));
        }
        Token brace = field.LBRACE().getSymbol();
        Token previous = previous(t);
        int type = t.getType();
        if (previous == brace) {
            if (type == RBRACE || type == EQUAL || type == EXCLAMATION || type == COLON) {
                return errors.at("f-string: valid expression required before '" + t.getText() + "'",
                        BuildContext.span(t));
            }
            return errors.at("f-string: expecting a valid expression after '{'", BuildContext.span(t));
        }
        if (previous.getType() == EXCLAMATION) {
            if (type == COLON || type == RBRACE) {
                return errors.at("f-string: missing conversion character", BuildContext.span(t));
            }
            if (type != NAME) {
                return errors.at("f-string: invalid conversion character", BuildContext.span(t));
            }
        }
        if (field.COLON() != null) {
            return errors.at("f-string: expecting '}', or format specs", BuildContext.span(t));
        }
        if (field.EXCLAMATION() != null && field.NAME() != null) {
            return errors.at("f-string: expecting ':' or '}'", BuildContext.span(t));
        }
        if (field.EQUAL() != null) {
            return errors.at("f-string: expecting '!', or ':', or '}'", BuildContext.span(t));
        }
        if (previous.getType() != EXCLAMATION) {
            ParserRuleContext value = subParse(next(brace), TintParser::starExpressions);
            Token at = value != null ? next(value.stop) : isOperator(previous) ? previous : t;
            return errors.at("f-string: expecting '=', or '!', or ':', or '}'", BuildContext.span(at));
        }
        return null;
    }

    // ------------------------------------------------------------------ statements

    /** A block header's NEWLINE not followed by INDENT. */
    private PySyntaxError missingBlock(PyToken t, ParserRuleContext ctx) {
        if (!(ctx instanceof BlockContext block) || t.getType() == INDENT || block.INDENT() != null) {
            return null;
        }
        Token previous = previous(t);
        if (previous == null || previous.getType() != NEWLINE) {
            return null;
        }
        ParserRuleContext header = block.getParent();
        String what;
        Token keyword = header.start;
        if (header instanceof IfStmtContext) {
            what = "'if' statement";
        } else if (header instanceof ElifClauseContext) {
            what = "'elif' statement";
        } else if (header instanceof ElseClauseContext) {
            what = "'else' statement";
        } else if (header instanceof WhileStmtContext) {
            what = "'while' statement";
        } else if (header instanceof ForStmtContext) {
            what = "'for' statement";
        } else if (header instanceof TryStmtContext) {
            what = "'try' statement";
        } else if (header instanceof ExceptClauseContext e) {
            what = e.STAR() != null ? "'except*' statement" : "'except' statement";
        } else if (header instanceof FinallyClauseContext) {
            what = "'finally' statement";
        } else if (header instanceof FunctionDefContext) {
            what = "function definition";
        } else if (header instanceof ClassDefContext) {
            what = "class definition";
        } else if (header instanceof WithStmtContext) {
            what = "'with' statement";
        } else {
            return null;
        }
        String message = "expected an indented block after " + what + " on line " + keyword.getLine();
        return lastToken(Errors.INDENTATION, message, t);
    }

    /** {@code def f() -> :}: CPython backs out of the arrow and demands the colon there. */
    private PySyntaxError missingReturnAnnotation(PyToken t) {
        Token arrow = previous(t);
        if (arrow != null && arrow.getType() == RARROW && subParse(t, TintParser::expression) == null) {
            return errors.at("expected ':'", BuildContext.span(arrow));
        }
        return null;
    }

    private PySyntaxError missingColon(PyToken t, ParserRuleContext ctx, IntervalSet expected) {
        if (ctx == null) {
            return null;
        }
        boolean forced = ctx instanceof FunctionDefContext || ctx instanceof TryStmtContext
                || ctx instanceof FinallyClauseContext || ctx instanceof ElseClauseContext;
        boolean header = forced || ctx instanceof IfStmtContext || ctx instanceof ElifClauseContext
                || ctx instanceof WhileStmtContext || ctx instanceof ForStmtContext
                || ctx instanceof ClassDefContext || ctx instanceof ExceptClauseContext;
        if (!header) {
            return null;
        }
        if (ctx instanceof FunctionDefContext f && f.LPAR() == null && expected.contains(LPAR)) {
            return errors.at("expected '('", BuildContext.span(t));
        }
        if (!expected.contains(COLON)) {
            return null;
        }
        if (ctx instanceof TryStmtContext && ((TryStmtContext) ctx).COLON() != null) {
            return null;
        }
        if (forced || t.getType() == NEWLINE) {
            return atToken("expected ':'", t);
        }
        return null;
    }

    /** {@code [x for x y]}: CPython's invalid_for_if_clause. */
    private PySyntaxError comprehensionWithoutIn(PyToken t, ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof CompClauseContext clause) {
                if (clause.IN() == null && clause.targetList() != null
                        && clause.targetList().start.getTokenIndex() < t.getTokenIndex()) {
                    return lastToken(Errors.SYNTAX, "'in' expected after for-loop variables", t);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * {@code x = 1 = <anything>}: CPython's invalid_assignment needs only the targets and their
     * '=' signs, not what follows.
     */
    private PySyntaxError invalidAssignmentTarget(ParserRuleContext ctx) {
        ExprStmtContext stmt = null;
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ExprStmtContext e) {
                stmt = e;
            }
        }
        if (stmt == null || stmt.EQUAL().isEmpty()) {
            return null;
        }
        ExprBuilder exprs = new ExprBuilder(bc);
        List<ParseTree> children = stmt.children;
        for (int i = 0; i + 1 < children.size(); i++) {
            if (children.get(i) instanceof StarExpressionsContext target
                    && children.get(i + 1) instanceof TerminalNode equal
                    && equal.getSymbol().getType() == EQUAL && target.exception == null) {
                Expr bad = Targets.invalid(exprs.starExpressions(target), Targets.Kind.ASSIGN);
                if (bad != null) {
                    return errors.at("cannot assign to " + Targets.name(bad), bad.span());
                }
            }
        }
        return null;
    }

    private PySyntaxError tryWithoutHandlers(PyToken t, ParserRuleContext ctx) {
        if (ctx instanceof TryStmtContext tryStmt && tryStmt.block() != null
                && t.getType() != EXCEPT && t.getType() != FINALLY) {
            return lastToken(Errors.SYNTAX, "expected 'except' or 'finally' block", t);
        }
        return null;
    }

    private PySyntaxError imports(PyToken t, ParserRuleContext ctx) {
        Token previous = previous(t);
        Token first = statementStart(t);
        if (previous == null || first == null) {
            return null;
        }
        if (t.getType() == NEWLINE && previous.getType() == IMPORT) {
            int line = t.getLine();
            int offset = errors.lines().codePointColumn(line, t.getCharPositionInLine()) + 1;
            return errors.raw(Errors.SYNTAX, "Expected one or more names after 'import'", line, offset,
                    line, offset, false);
        }
        if (first.getType() == FROM && t.getType() == NEWLINE && previous.getType() == COMMA
                && !containsBetween(first, t, LPAR)) {
            return atToken("trailing comma not allowed without surrounding parentheses", t);
        }
        if (first.getType() == IMPORT && t.getType() == FROM) {
            Token end = t;
            while (next(end) != end && (next(end).getType() == NAME || next(end).getType() == DOT)) {
                end = next(end);
            }
            if (end == t) {
                return null;
            }
            Token after = next(end);
            Span from = BuildContext.span(first);
            return errors.known(Errors.SYNTAX, "Did you mean to use 'from ... import ...' instead?",
                    from.line(), from.column(), from.line(), Math.max(0, after.getCharPositionInLine()), false);
        }
        return null;
    }

    /** The first token of the logical line holding t. */
    private Token statementStart(Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == NEWLINE || type == INDENT || type == DEDENT || type == SEMI) {
                return tokens.get(i + 1);
            }
        }
        return tokens.isEmpty() ? null : tokens.get(0);
    }

    private boolean containsBetween(Token from, Token to, int type) {
        for (int i = from.getTokenIndex(); i < to.getTokenIndex(); i++) {
            if (tokens.get(i).getType() == type) {
                return true;
            }
        }
        return false;
    }

    /** {@code def f(a=)} and {@code f(a=)}. */
    private PySyntaxError missingValue(PyToken t, ParserRuleContext ctx) {
        Token previous = previous(t);
        if (previous == null || previous.getType() != EQUAL
                || !(t.getType() == RPAR || t.getType() == COMMA || t.getType() == COLON)) {
            return null;
        }
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ParameterContext || c instanceof LambdaParameterContext) {
                return errors.at("expected default value expression", BuildContext.span(previous));
            }
            if (c instanceof ArgumentContext) {
                Token name = previous(previous);
                if (name != null && name.getType() == NAME) {
                    return errors.range("expected argument value expression", BuildContext.span(name),
                            BuildContext.span(previous));
                }
                return null;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ helpers

    /** "invalid syntax"-style location: the token's extent; at the end of input, column 0. */
    private PySyntaxError atToken(String message, PyToken t) {
        if (t.getCharPositionInLine() < 0) {
            return errors.raw(Errors.SYNTAX, message, t.getLine(), 0, t.getLine(), 0, atEnd(t));
        }
        return errors.known(Errors.SYNTAX, message, t.getLine(), t.getCharPositionInLine(), t.endLine,
                t.endColumn, false);
    }

    /** RAISE_SYNTAX_ERROR-style location: the last token read, or the tokenizer's cursor. */
    private PySyntaxError lastToken(String type, String message, PyToken t) {
        if (t.getCharPositionInLine() < 0) {
            return errors.raw(type, message, t.getLine(), cursor(t), t.getLine(), -1, atEnd(t));
        }
        return errors.known(type, message, t.getLine(), t.getCharPositionInLine(), t.endLine,
                t.endColumn, false);
    }

    /** For INDENT, DEDENT and EOF: the tokenizer's cursor column, 1-based in code points' terms. */
    private int cursor(PyToken t) {
        return errors.lines().codePointColumn(t.getLine(), t.endColumn);
    }

    private boolean atEnd(PyToken t) {
        for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == Token.EOF) {
                return true;
            }
            if (type != DEDENT) {
                return false;
            }
        }
        return true;
    }

    private Token previous(Token t) {
        int i = t.getTokenIndex() - 1;
        return i >= 0 ? tokens.get(i) : null;
    }

    private Token next(Token t) {
        int i = t.getTokenIndex() + 1;
        return i < tokens.size() ? tokens.get(i) : t;
    }

    /**
     * Where the expression that ends just before {@code t} starts: after the nearest opening
     * bracket, comma, colon, '=' or other token after which CPython parses an expression, at t's
     * nesting level. With {@code named}, also after if/elif/while (named expression positions).
     */
    private Token expressionStart(PyToken t, boolean named) {
        int depth = 0;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token k = tokens.get(i);
            int type = k.getType();
            if (type == RPAR || type == RSQB || type == RBRACE) {
                depth++;
                continue;
            }
            if (type == LPAR || type == LSQB || type == LBRACE) {
                if (depth == 0) {
                    return tokens.get(i + 1);
                }
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            switch (type) {
                case COMMA, COLON, EQUAL, ELSE, RETURN, ASSERT, DEL, NEWLINE, INDENT, DEDENT, SEMI,
                        FSTRING_MIDDLE -> {
                    return tokens.get(i + 1);
                }
                case IF, ELIF, WHILE -> {
                    if (named) {
                        return tokens.get(i + 1);
                    }
                }
                case STAR, DOUBLESTAR -> {
                    int before = i > 0 ? tokens.get(i - 1).getType() : NEWLINE;
                    if (before == LPAR || before == LSQB || before == LBRACE || before == COMMA) {
                        return tokens.get(i + 1);
                    }
                }
                default -> { }
            }
        }
        return tokens.isEmpty() ? null : tokens.get(0);
    }

    /**
     * Whether parsing an expression from {@code from} runs into the end of input inside an
     * unclosed bracket: CPython's error search would have, and reported the bracket.
     */
    private boolean reachesUnclosedBracket(Token from) {
        PyToken last = tokens.size() >= 2 ? (PyToken) tokens.get(tokens.size() - 2) : null;
        if (last == null || last.getType() != ERRORTOKEN || last.error == null
                || !last.error.getMessage().endsWith("was never closed")) {
            return false;
        }
        int mark = stream.index();
        try {
            TintParser parser = new TintParser(stream);
            stream.seek(from.getTokenIndex());
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.expression();
            return false;
        } catch (ParseCancellationException e) {
            return e.getCause() instanceof RecognitionException r && r.getOffendingToken() == last;
        } catch (RecognitionException e) {
            return e.getOffendingToken() == last;
        } finally {
            stream.seek(mark);
        }
    }

    /** Parses one rule from token {@code from}; null if it fails. */
    private ParserRuleContext subParse(Token from, Function<TintParser, ParserRuleContext> rule) {
        if (from == null || from.getType() == Token.EOF) {
            return null;
        }
        int mark = stream.index();
        try {
            TintParser parser = new TintParser(stream);
            stream.seek(from.getTokenIndex());
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            ParserRuleContext result = rule.apply(parser);
            return result.stop == null || result.stop.getTokenIndex() < from.getTokenIndex() ? null : result;
        } catch (ParseCancellationException | RecognitionException e) {
            return null;
        } finally {
            stream.seek(mark);
        }
    }
}
