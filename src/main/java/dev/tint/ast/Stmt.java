package dev.tint.ast;

import dev.tint.source.Span;
import java.util.List;

/** Statements: immutable records with spans; optional children are null, empty blocks are empty lists. */
public sealed interface Stmt {
    Span span();

    record ExprStmt(Span span, Expr value) implements Stmt {}

    /** {@code a = b = value}: one or more targets. */
    record Assign(Span span, List<Expr> targets, Expr value) implements Stmt {}

    /** {@code target op= value}. */
    record AugAssign(Span span, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code target: annotation [= value]}; value may be null. */
    record AnnAssign(Span span, Expr target, Expr annotation, Expr value) implements Stmt {}

    record Delete(Span span, List<Expr> targets) implements Stmt {}

    record Pass(Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}

    record Return(Span span, Expr value) implements Stmt {}

    /** {@code if}/{@code elif} chains nest: an elif is an If alone in orelse. */
    record If(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record For(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse)
            implements Stmt {}

    /** The span covers the whole definition (decorators excluded); returns may be null. */
    record FunctionDef(Span span, String name, Parameters parameters, List<Stmt> body,
                       List<Expr> decorators, Expr returns) implements Stmt {}

    record ClassDef(Span span, String name, List<Expr> bases, List<Expr.Keyword> keywords,
                    List<Stmt> body, List<Expr> decorators) implements Stmt {}

    record Global(Span span, List<String> names) implements Stmt {}

    record Nonlocal(Span span, List<String> names) implements Stmt {}

    record Try(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody) implements Stmt {}

    /** {@code except type as name:}; type and name may be null (bare except). */
    record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) {}

    /** {@code raise [exc [from cause]]}. */
    record Raise(Span span, Expr exc, Expr cause) implements Stmt {}

    record Assert(Span span, Expr test, Expr message) implements Stmt {}

    /** {@code import a.b as c, d}. */
    record Import(Span span, List<Alias> names) implements Stmt {}

    /** {@code from ..module import a as b}; module may be null for {@code from . import x}. */
    record ImportFrom(Span span, String module, List<Alias> names, int level) implements Stmt {}

    /** A possibly dotted name with its optional {@code as} name (null when absent). */
    record Alias(Span span, String name, String asName) {}
}
