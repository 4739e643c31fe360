package dev.tint.syntax;

import static dev.tint.syntax.antlr.TintParser.*;

import dev.tint.ast.Expr;
import dev.tint.ast.Module;
import dev.tint.ast.Parameters;
import dev.tint.ast.Stmt;
import dev.tint.source.Source;
import dev.tint.source.Span;
import dev.tint.syntax.antlr.TintParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the statements of a module from a successful parse (expressions are delegated to
 * {@link ExprBuilder}). Spans run from a statement's first token to its last token other than
 * NEWLINE/INDENT/DEDENT, as CPython's do; a def's or class's span excludes its decorators.
 */
final class AstBuilder extends TintParserBaseVisitor<Stmt> {
    private final BuildContext bc;
    private final ExprBuilder exprs;

    AstBuilder(BuildContext bc) {
        this.bc = bc;
        this.exprs = new ExprBuilder(bc);
    }

    Module module(Source source, FileContext ctx) {
        return new Module(source, statements(ctx.statement()));
    }

    private List<Stmt> statements(List<StatementContext> statements) {
        List<Stmt> out = new ArrayList<>(statements.size());
        for (StatementContext s : statements) {
            if (s.simpleStmts() != null) {
                simple(s.simpleStmts(), out);
            } else {
                out.add(s.compoundStmt().accept(this));
            }
        }
        return out;
    }

    private void simple(SimpleStmtsContext ctx, List<Stmt> out) {
        for (SimpleStmtContext s : ctx.simpleStmt()) {
            out.add(simple(s));
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        if (ctx.simpleStmts() != null) {
            List<Stmt> out = new ArrayList<>();
            simple(ctx.simpleStmts(), out);
            return out;
        }
        return statements(ctx.statement());
    }

    // ------------------------------------------------------------------ simple statements

    private Stmt simple(SimpleStmtContext ctx) {
        Span span = bc.span(ctx);
        if (ctx.exprStmt() != null) {
            return exprStmt(span, ctx.exprStmt());
        }
        if (ctx.returnStmt() != null) {
            StarExpressionsContext value = ctx.returnStmt().starExpressions();
            return new Stmt.Return(span, value == null ? null : exprs.starExpressions(value));
        }
        if (ctx.PASS() != null) {
            return new Stmt.Pass(span);
        }
        if (ctx.BREAK() != null) {
            return new Stmt.Break(span);
        }
        if (ctx.CONTINUE() != null) {
            return new Stmt.Continue(span);
        }
        if (ctx.importName() != null) {
            List<Stmt.Alias> names = new ArrayList<>();
            for (DottedAsNameContext a : ctx.importName().dottedAsName()) {
                names.add(new Stmt.Alias(bc.span(a), dotted(a.dottedName()),
                        a.NAME() == null ? null : BuildContext.identifier(a.NAME())));
            }
            return new Stmt.Import(span, names);
        }
        if (ctx.importFrom() != null) {
            return importFrom(span, ctx.importFrom());
        }
        if (ctx.raiseStmt() != null) {
            List<ExpressionContext> e = ctx.raiseStmt().expression();
            return new Stmt.Raise(span, e.isEmpty() ? null : exprs.expression(e.get(0)),
                    e.size() < 2 ? null : exprs.expression(e.get(1)));
        }
        if (ctx.delStmt() != null) {
            StarExpressionsContext targets = ctx.delStmt().starExpressions();
            List<Expr> list = targets.COMMA().isEmpty()
                    ? List.of(exprs.starExpressions(targets))
                    : exprs.expressions(targets.expression());
            return new Stmt.Delete(span, list);
        }
        if (ctx.assertStmt() != null) {
            List<ExpressionContext> e = ctx.assertStmt().expression();
            return new Stmt.Assert(span, exprs.expression(e.get(0)),
                    e.size() < 2 ? null : exprs.expression(e.get(1)));
        }
        if (ctx.globalStmt() != null) {
            return new Stmt.Global(span, names(ctx.globalStmt().NAME()));
        }
        if (ctx.nonlocalStmt() != null) {
            return new Stmt.Nonlocal(span, names(ctx.nonlocalStmt().NAME()));
        }
        throw Unsupported.typeStatement(bc.errors, ctx.start);
    }

    private Stmt exprStmt(Span span, ExprStmtContext ctx) {
        List<ParserRuleContext> parts = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof YieldExprContext || child instanceof StarExpressionsContext) {
                parts.add((ParserRuleContext) child);
            }
        }
        if (ctx.annotation() != null) {
            AnnotationContext a = ctx.annotation();
            Expr value = a.EQUAL() == null ? null : exprs.yieldOrStar(a.yieldExpr(), a.starExpressions());
            return new Stmt.AnnAssign(span, value(parts.get(0)), exprs.expression(a.expression()), value);
        }
        if (ctx.augAssign() != null) {
            AugAssignContext a = ctx.augAssign();
            return new Stmt.AugAssign(span, value(parts.get(0)), ExprBuilder.binaryOperator(a.op),
                    exprs.yieldOrStar(a.yieldExpr(), a.starExpressions()));
        }
        if (parts.size() == 1) {
            return new Stmt.ExprStmt(span, value(parts.get(0)));
        }
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            targets.add(value(parts.get(i)));
        }
        return new Stmt.Assign(span, targets, value(parts.get(parts.size() - 1)));
    }

    private Expr value(ParserRuleContext ctx) {
        if (ctx instanceof YieldExprContext y) {
            throw Unsupported.yield(bc.errors, y);
        }
        return exprs.starExpressions((StarExpressionsContext) ctx);
    }

    private Stmt importFrom(Span span, ImportFromContext ctx) {
        int level = 0;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode t) {
                if (t.getSymbol().getType() == DOT) {
                    level++;
                } else if (t.getSymbol().getType() == ELLIPSIS) {
                    level += 3;
                }
            }
        }
        String module = ctx.dottedName() == null ? null : dotted(ctx.dottedName());
        ImportTargetsContext targets = ctx.importTargets();
        if (targets.STAR() != null) {
            throw Unsupported.starImport(bc.errors, targets.STAR().getSymbol());
        }
        List<Stmt.Alias> names = new ArrayList<>();
        for (ImportAsNameContext a : targets.importAsName()) {
            names.add(new Stmt.Alias(bc.span(a), BuildContext.identifier(a.NAME(0)),
                    a.AS() == null ? null : BuildContext.identifier(a.NAME(1))));
        }
        return new Stmt.ImportFrom(span, module, names, level);
    }

    private static String dotted(DottedNameContext ctx) {
        List<TerminalNode> names = ctx.NAME();
        if (names.size() == 1) {
            return BuildContext.identifier(names.get(0));
        }
        StringBuilder s = new StringBuilder();
        for (TerminalNode n : names) {
            if (s.length() > 0) {
                s.append('.');
            }
            s.append(BuildContext.identifier(n));
        }
        return s.toString();
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            out.add(BuildContext.identifier(n));
        }
        return out;
    }

    // ------------------------------------------------------------------ compound statements

    @Override
    public Stmt visitCompoundStmt(CompoundStmtContext ctx) {
        ParseTree only = ctx.getChild(0);
        if (only instanceof FunctionDefContext f) {
            return function(f, List.of());
        }
        if (only instanceof ClassDefContext c) {
            return classDef(c, List.of());
        }
        if (only instanceof DecoratedContext d) {
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext dec : d.decorator()) {
                decorators.add(exprs.expression(dec.expression()));
            }
            if (d.functionDef() != null) {
                return function(d.functionDef(), decorators);
            }
            if (d.classDef() != null) {
                return classDef(d.classDef(), decorators);
            }
            throw Unsupported.async(bc.errors, d.asyncStmt().ASYNC().getSymbol(), true);
        }
        if (only instanceof WithStmtContext w) {
            throw Unsupported.with(bc.errors, w.WITH().getSymbol());
        }
        if (only instanceof MatchStmtContext m) {
            throw Unsupported.match(bc.errors, m.SOFT_MATCH().getSymbol());
        }
        if (only instanceof AsyncStmtContext a) {
            throw Unsupported.async(bc.errors, a.ASYNC().getSymbol(), a.functionDef() != null);
        }
        return ((ParserRuleContext) only).accept(this);
    }

    private Stmt function(FunctionDefContext ctx, List<Expr> decorators) {
        Parameters parameters = ctx.parameters() == null
                ? Parameters.EMPTY
                : new ParameterList(bc, exprs, ctx.parameters()).build();
        Expr returns = ctx.expression() == null ? null : exprs.expression(ctx.expression());
        return new Stmt.FunctionDef(bc.span(ctx), BuildContext.identifier(ctx.NAME()), parameters,
                block(ctx.block()), decorators, returns);
    }

    private Stmt classDef(ClassDefContext ctx, List<Expr> decorators) {
        List<Expr> bases = List.of();
        List<Expr.Keyword> keywords = List.of();
        if (ctx.LPAR() != null) {
            Expr.Call call = exprs.call(Span.NONE, null, ctx.arguments(), ctx.LPAR().getSymbol(),
                    ctx.RPAR().getSymbol());
            bases = call.args();
            keywords = call.keywords();
        }
        return new Stmt.ClassDef(bc.span(ctx), BuildContext.identifier(ctx.NAME()), bases, keywords,
                block(ctx.block()), decorators);
    }

    @Override
    public Stmt visitIfStmt(IfStmtContext ctx) {
        List<Stmt> orelse = ctx.elseClause() == null ? List.of() : block(ctx.elseClause().block());
        Span end = bc.span(ctx);
        List<ElifClauseContext> elifs = ctx.elifClause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            ElifClauseContext e = elifs.get(i);
            Span span = BuildContext.span(e.ELIF()).to(end);
            orelse = List.of(new Stmt.If(span, exprs.expression(e.expression()), block(e.block()), orelse));
        }
        return new Stmt.If(end, exprs.expression(ctx.expression()), block(ctx.block()), orelse);
    }

    @Override
    public Stmt visitWhileStmt(WhileStmtContext ctx) {
        return new Stmt.While(bc.span(ctx), exprs.expression(ctx.expression()), block(ctx.block()),
                ctx.elseClause() == null ? List.of() : block(ctx.elseClause().block()));
    }

    @Override
    public Stmt visitForStmt(ForStmtContext ctx) {
        return new Stmt.For(bc.span(ctx), exprs.targetList(ctx.targetList()),
                exprs.starExpressions(ctx.starExpressions()), block(ctx.block()),
                ctx.elseClause() == null ? List.of() : block(ctx.elseClause().block()));
    }

    @Override
    public Stmt visitTryStmt(TryStmtContext ctx) {
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        for (ExceptClauseContext e : ctx.exceptClause()) {
            if (e.STAR() != null) {
                throw Unsupported.exceptStar(bc.errors, e.STAR().getSymbol());
            }
            List<ExpressionContext> types = e.expression();
            Expr type = types.isEmpty() ? null : exprs.expression(types.get(0));
            handlers.add(new Stmt.ExceptHandler(bc.span(e), type,
                    e.NAME() == null ? null : BuildContext.identifier(e.NAME()), block(e.block())));
        }
        return new Stmt.Try(bc.span(ctx), block(ctx.block()), handlers,
                ctx.elseClause() == null ? List.of() : block(ctx.elseClause().block()),
                ctx.finallyClause() == null ? List.of() : block(ctx.finallyClause().block()));
    }
}
