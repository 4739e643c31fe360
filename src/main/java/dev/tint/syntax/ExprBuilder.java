package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintParser.*;

import dev.tint.ast.CompareOperator;
import dev.tint.ast.Expr;
import dev.tint.ast.Operator;
import dev.tint.ast.Parameters;
import dev.tint.ast.UnaryOperator;
import dev.tint.source.Span;
import dev.tint.syntax.antlr.TintParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds expression nodes from the parse tree, with CPython's spans. Left-recursive chains
 * ({@code a + b + c}, {@code a.b.c()}, {@code a and b and c}) are walked iteratively, so their
 * length never matters for the Java stack.
 */
final class ExprBuilder extends TintParserBaseVisitor<Expr> {
    private final BuildContext bc;
    private final FStringBuilder strings;

    ExprBuilder(BuildContext bc) {
        this.bc = bc;
        this.strings = new FStringBuilder(bc, this);
    }

    // ------------------------------------------------------------------ entry points

    FStringBuilder strings() {
        return strings;
    }

    Expr expression(ExpressionContext ctx) {
        if (ctx.getChildCount() == 1 && ctx instanceof CondExprContext) {
            return test((TestContext) ctx.getChild(0));
        }
        return ctx.accept(this);
    }

    /** star_expressions: one expression, or a Tuple when there is a comma. */
    Expr starExpressions(StarExpressionsContext ctx) {
        if (ctx.getChildCount() == 1) {
            return expression((ExpressionContext) ctx.getChild(0));
        }
        List<ExpressionContext> items = ctx.expression();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return expression(items.get(0));
        }
        return new Expr.Tuple(bc.span(ctx), expressions(items));
    }

    Expr yieldOrStar(YieldExprContext yield, StarExpressionsContext star) {
        if (yield != null) {
            throw Unsupported.yield(bc.errors, yield);
        }
        return starExpressions(star);
    }

    List<Expr> expressions(List<ExpressionContext> items) {
        List<Expr> out = new ArrayList<>(items.size());
        for (ExpressionContext item : items) {
            out.add(expression(item));
        }
        return out;
    }

    /** A for-target list: one target, or a Tuple when there is a comma. */
    Expr targetList(TargetListContext ctx) {
        List<TargetContext> targets = ctx.target();
        if (targets.size() == 1 && ctx.COMMA().isEmpty()) {
            return target(targets.get(0));
        }
        List<Expr> out = new ArrayList<>(targets.size());
        for (TargetContext t : targets) {
            out.add(target(t));
        }
        return new Expr.Tuple(bc.span(ctx), out);
    }

    private Expr target(TargetContext ctx) {
        Expr value = bitExpr(ctx.bitExpr());
        return ctx.STAR() == null ? value : new Expr.Starred(bc.span(ctx), value);
    }

    // ------------------------------------------------------------------ expression

    @Override
    public Expr visitCondExpr(CondExprContext ctx) {
        if (ctx.IF() == null) {
            return test(ctx.test(0));
        }
        return new Expr.IfExp(bc.span(ctx), test(ctx.test(1)), test(ctx.test(0)),
                expression(ctx.expression()));
    }

    @Override
    public Expr visitLambdaExpr(LambdaExprContext ctx) {
        Parameters parameters = ctx.lambdaParameters() == null
                ? Parameters.EMPTY
                : new ParameterList(bc, this, ctx.lambdaParameters()).build();
        return new Expr.Lambda(bc.span(ctx), parameters, expression(ctx.expression()));
    }

    @Override
    public Expr visitStarExpr(StarExprContext ctx) {
        return new Expr.Starred(bc.span(ctx), bitExpr(ctx.bitExpr()));
    }

    @Override
    public Expr visitWalrusExpr(WalrusExprContext ctx) {
        throw Unsupported.walrus(bc.errors, ctx.COLONEQUAL().getSymbol());
    }

    // ------------------------------------------------------------------ test

    Expr test(TestContext ctx) {
        if (ctx instanceof CompareTestContext && ctx.getChildCount() == 1) {
            return bitExpr((BitExprContext) ctx.getChild(0));
        }
        if (ctx instanceof AndTestContext || ctx instanceof OrTestContext) {
            return boolOp(ctx);
        }
        return ctx.accept(this);
    }

    @Override
    public Expr visitNotTest(NotTestContext ctx) {
        return new Expr.UnaryOp(bc.span(ctx), UnaryOperator.NOT, test(ctx.test()));
    }

    @Override
    public Expr visitCompareTest(CompareTestContext ctx) {
        List<BitExprContext> operands = ctx.bitExpr();
        Expr left = bitExpr(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        List<CompOpContext> ops = ctx.compOp();
        List<CompareOperator> operators = new ArrayList<>(ops.size());
        List<Expr> comparators = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            operators.add(compareOperator(ops.get(i)));
            comparators.add(bitExpr(operands.get(i + 1)));
        }
        return new Expr.Compare(bc.span(ctx), left, operators, comparators);
    }

    private static CompareOperator compareOperator(CompOpContext op) {
        Token first = op.start;
        return switch (first.getType()) {
            case LESS -> CompareOperator.LT;
            case GREATER -> CompareOperator.GT;
            case EQEQUAL -> CompareOperator.EQ;
            case GREATEREQUAL -> CompareOperator.GE;
            case LESSEQUAL -> CompareOperator.LE;
            case NOTEQUAL -> CompareOperator.NE;
            case IN -> CompareOperator.IN;
            case NOT -> CompareOperator.NOT_IN;
            case IS -> op.getChildCount() == 2 ? CompareOperator.IS_NOT : CompareOperator.IS;
            default -> throw new IllegalStateException(first.getText());
        };
    }

    /** {@code a or b or c}: one BoolOp over the whole same-operator chain, built iteratively. */
    private Expr boolOp(TestContext ctx) {
        boolean isAnd = ctx instanceof AndTestContext;
        Class<?> kind = ctx.getClass();
        List<TestContext> rights = new ArrayList<>();
        TestContext cur = ctx;
        while (cur.getClass() == kind) {
            rights.add((TestContext) cur.getChild(2));
            cur = (TestContext) cur.getChild(0);
        }
        List<Expr> values = new ArrayList<>(rights.size() + 1);
        values.add(test(cur));
        for (int i = rights.size() - 1; i >= 0; i--) {
            values.add(test(rights.get(i)));
        }
        return new Expr.BoolOp(bc.span(ctx), isAnd, values);
    }

    // ------------------------------------------------------------------ bitExpr

    Expr bitExpr(BitExprContext ctx) {
        if (!isLeftRecursive(ctx)) {
            return ctx.accept(this);
        }
        List<BitExprContext> spine = new ArrayList<>();
        BitExprContext cur = ctx;
        while (isLeftRecursive(cur)) {
            spine.add(cur);
            cur = (BitExprContext) cur.getChild(0);
        }
        Expr acc = cur.accept(this);
        for (int i = spine.size() - 1; i >= 0; i--) {
            acc = extend(spine.get(i), acc);
        }
        return acc;
    }

    private static boolean isLeftRecursive(BitExprContext ctx) {
        return ctx instanceof BinaryExprContext || ctx instanceof AttributeExprContext
                || ctx instanceof CallExprContext || ctx instanceof SubscriptExprContext
                || ctx instanceof PowerExprContext;
    }

    private Expr extend(BitExprContext ctx, Expr left) {
        Span span = bc.span(ctx);
        if (ctx instanceof AttributeExprContext a) {
            return new Expr.Attribute(span, left, BuildContext.identifier(a.NAME()));
        }
        if (ctx instanceof CallExprContext c) {
            return call(span, left, c.arguments(), c.LPAR().getSymbol(), c.RPAR().getSymbol());
        }
        if (ctx instanceof SubscriptExprContext s) {
            return new Expr.Subscript(span, left, slices(s.slices()));
        }
        if (ctx instanceof PowerExprContext p) {
            return new Expr.BinOp(span, left, Operator.POW, bitExpr(p.bitExpr(1)));
        }
        BinaryExprContext b = (BinaryExprContext) ctx;
        return new Expr.BinOp(span, left, binaryOperator(b.op), bitExpr(b.bitExpr(1)));
    }

    static Operator binaryOperator(Token op) {
        return switch (op.getType()) {
            case STAR, STAREQUAL -> Operator.MUL;
            case AT, ATEQUAL -> Operator.MATMUL;
            case SLASH, SLASHEQUAL -> Operator.DIV;
            case DOUBLESLASH, DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            case PERCENT, PERCENTEQUAL -> Operator.MOD;
            case PLUS, PLUSEQUAL -> Operator.ADD;
            case MINUS, MINEQUAL -> Operator.SUB;
            case LEFTSHIFT, LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFT, RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case AMPER, AMPEREQUAL -> Operator.BITAND;
            case CIRCUMFLEX, CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case VBAR, VBAREQUAL -> Operator.BITOR;
            case DOUBLESTAR, DOUBLESTAREQUAL -> Operator.POW;
            default -> throw new IllegalStateException(op.getText());
        };
    }

    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        UnaryOperator op = switch (ctx.op.getType()) {
            case PLUS -> UnaryOperator.POS;
            case MINUS -> UnaryOperator.NEG;
            default -> UnaryOperator.INVERT;
        };
        return new Expr.UnaryOp(bc.span(ctx), op, bitExpr(ctx.bitExpr()));
    }

    @Override
    public Expr visitAwaitExpr(AwaitExprContext ctx) {
        throw Unsupported.await(bc.errors, ctx.AWAIT().getSymbol());
    }

    // ------------------------------------------------------------------ atoms

    @Override
    public Expr visitNameAtom(NameAtomContext ctx) {
        return new Expr.Name(BuildContext.span(ctx.start), BuildContext.identifier(ctx.start));
    }

    @Override
    public Expr visitNumberAtom(NumberAtomContext ctx) {
        Token t = ctx.start;
        if (NumberLiterals.isImaginary(t.getText())) {
            throw Unsupported.complex(bc.errors, t);
        }
        return new Expr.Constant(BuildContext.span(t), NumberLiterals.value(t.getText()));
    }

    @Override
    public Expr visitStringAtom(StringAtomContext ctx) {
        return strings.strings(ctx);
    }

    @Override
    public Expr visitSingletonAtom(SingletonAtomContext ctx) {
        Object value = switch (ctx.start.getType()) {
            case NONE -> Expr.Constant.NONE;
            case TRUE -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
        return new Expr.Constant(BuildContext.span(ctx.start), value);
    }

    @Override
    public Expr visitEllipsisAtom(EllipsisAtomContext ctx) {
        return new Expr.Constant(BuildContext.span(ctx.start), Expr.Constant.ELLIPSIS);
    }

    @Override
    public Expr visitParenAtom(ParenAtomContext ctx) {
        Span span = bc.span(ctx);
        if (ctx.yieldExpr() != null) {
            throw Unsupported.yield(bc.errors, ctx.yieldExpr());
        }
        List<ExpressionContext> items = ctx.expression();
        if (items.isEmpty()) {
            return new Expr.Tuple(span, List.of());
        }
        if (ctx.compFor() != null) {
            return new Expr.GeneratorExp(span, expression(items.get(0)), comprehension(ctx.compFor()));
        }
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return expression(items.get(0));
        }
        return new Expr.Tuple(span, expressions(items));
    }

    @Override
    public Expr visitListAtom(ListAtomContext ctx) {
        Span span = bc.span(ctx);
        if (ctx.compFor() != null) {
            return new Expr.ListComp(span, expression(ctx.expression(0)), comprehension(ctx.compFor()));
        }
        return new Expr.ListDisplay(span, expressions(ctx.expression()));
    }

    @Override
    public Expr visitBraceAtom(BraceAtomContext ctx) {
        Span span = bc.span(ctx);
        List<DictOrSetItemContext> items = ctx.dictOrSetItem();
        if (items.isEmpty()) {
            return new Expr.DictDisplay(span, List.of(), List.of());
        }
        DictOrSetItemContext first = items.get(0);
        boolean dict = first.DOUBLESTAR() != null || first.COLON() != null;
        if (ctx.compFor() != null) {
            List<Expr.Comprehension> generators = comprehension(ctx.compFor());
            if (dict) {
                return new Expr.DictComp(span, expression(first.expression(0)),
                        expression(first.expression(1)), generators);
            }
            return new Expr.SetComp(span, expression(first.expression(0)), generators);
        }
        if (!dict) {
            List<Expr> elements = new ArrayList<>(items.size());
            for (DictOrSetItemContext item : items) {
                elements.add(expression(item.expression(0)));
            }
            return new Expr.SetDisplay(span, elements);
        }
        List<Expr> keys = new ArrayList<>(items.size());
        List<Expr> values = new ArrayList<>(items.size());
        for (DictOrSetItemContext item : items) {
            if (item.DOUBLESTAR() != null) {
                keys.add(null);
                values.add(bitExpr(item.bitExpr()));
            } else {
                keys.add(expression(item.expression(0)));
                values.add(expression(item.expression(1)));
            }
        }
        return new Expr.DictDisplay(span, keys, values);
    }

    List<Expr.Comprehension> comprehension(CompForContext ctx) {
        List<Expr.Comprehension> out = new ArrayList<>();
        for (CompClauseContext clause : ctx.compClause()) {
            if (clause.ASYNC() != null) {
                throw Unsupported.async(bc.errors, clause.ASYNC().getSymbol(), false);
            }
            List<TestContext> tests = clause.test();
            List<Expr> ifs = new ArrayList<>(tests.size() - 1);
            for (int i = 1; i < tests.size(); i++) {
                ifs.add(test(tests.get(i)));
            }
            out.add(new Expr.Comprehension(bc.span(clause), targetList(clause.targetList()),
                    test(tests.get(0)), ifs));
        }
        return out;
    }

    // ------------------------------------------------------------------ calls and subscripts

    /** A call; {@code open}/{@code close} are its parentheses (a lone generator argument's span). */
    Expr.Call call(Span span, Expr func, ArgumentsContext ctx, Token open, Token close) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (ctx != null) {
            for (ArgumentContext arg : ctx.argument()) {
                Span argSpan = bc.span(arg);
                if (arg.STAR() != null) {
                    args.add(new Expr.Starred(argSpan, expression(arg.expression(0))));
                } else if (arg.DOUBLESTAR() != null) {
                    keywords.add(new Expr.Keyword(argSpan, null, expression(arg.expression(0))));
                } else if (arg.EQUAL() != null) {
                    keywords.add(new Expr.Keyword(argSpan, BuildContext.identifier(arg.expression(0).start),
                            expression(arg.expression(1))));
                } else if (arg.compFor() != null) {
                    Span genSpan = ctx.argument().size() == 1 ? BuildContext.span(open, close) : argSpan;
                    args.add(new Expr.GeneratorExp(genSpan, expression(arg.expression(0)),
                            comprehension(arg.compFor())));
                } else {
                    args.add(expression(arg.expression(0)));
                }
            }
        }
        return new Expr.Call(span, func, args, keywords);
    }

    private Expr slices(SlicesContext ctx) {
        List<SliceContext> items = ctx.slice();
        if (items.size() == 1 && ctx.COMMA().isEmpty() && items.get(0).STAR() == null) {
            return slice(items.get(0));
        }
        List<Expr> out = new ArrayList<>(items.size());
        for (SliceContext item : items) {
            out.add(slice(item));
        }
        return new Expr.Tuple(bc.span(ctx), out);
    }

    private Expr slice(SliceContext ctx) {
        if (ctx.STAR() != null) {
            return new Expr.Starred(bc.span(ctx), expression(ctx.expression(0)));
        }
        if (ctx.COLON().isEmpty()) {
            return expression(ctx.expression(0));
        }
        Expr[] parts = new Expr[3];
        int part = 0;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode) {
                part++;
            } else {
                parts[part] = expression((ExpressionContext) child);
            }
        }
        return new Expr.Slice(bc.span(ctx), parts[0], parts[1], parts[2]);
    }

    Span span(ParserRuleContext ctx) {
        return bc.span(ctx);
    }

}
