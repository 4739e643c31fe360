package dev.tint.eval.compile;

import dev.tint.ast.Expr;
import dev.tint.ast.Stmt;
import dev.tint.eval.nodes.ExprNode;
import dev.tint.eval.nodes.StmtNode;
import dev.tint.eval.nodes.Target;
import dev.tint.eval.objects.ClassNodes;
import dev.tint.eval.runtime.CodeInfo;
import dev.tint.eval.runtime.GlobalCell;
import dev.tint.source.Span;
import dev.tint.syntax.PySyntaxError;

/** Compiles class statements: the body runs once, in a namespace that becomes the class's dict. */
final class ClassCompiler {
    private ClassCompiler() {}

    static StmtNode compile(Compiler outer, Stmt.ClassDef c) {
        Scope cs = outer.scopes().get(c);
        if (!c.keywords().isEmpty()) {
            Span s = c.keywords().get(0).span();
            throw new PySyntaxError("SyntaxError", "class keyword arguments (metaclasses) are not supported in Tint",
                    outer.source(), s.line(), s.column() + 1, s.endLine(), s.endColumn() + 1, false);
        }
        ExprNode[] decorators = c.decorators().stream().map(outer::expr).toArray(ExprNode[]::new);
        ExprNode[] bases = c.bases().stream().map(outer::expr).toArray(ExprNode[]::new);
        Compiler inner = outer.forScope(cs, outer.qualnameFor(c.name()) + ".");
        StmtNode body = inner.compileBlock(c.body());
        Object doc = null;
        if (!c.body().isEmpty() && c.body().get(0) instanceof Stmt.ExprStmt es
                && es.value() instanceof Expr.Constant k && k.value() instanceof String text) {
            doc = Docstrings.clean(text);
        }
        // CPython's __firstlineno__: a decorated class starts at its first decorator.
        int firstLine = c.decorators().isEmpty() ? c.span().line()
                : Math.min(c.span().line(), c.decorators().get(0).span().line());
        CodeInfo info = new CodeInfo(c.name(), outer.source(), cs.slotNames(), firstLine);
        int[] freeSlots = cs.freeSlots();
        int[] closureSlots = new int[cs.free.size()];
        int i = 0;
        for (String n : cs.free) {
            closureSlots[i++] = outer.scope().slot(n);
        }
        return new ClassNodes.ClassDef(c.span(), c.name(), outer.qualnameFor(c.name()), decorators, bases, body,
                info, cs.slotCount(), freeSlots, closureSlots, doc, outer.nameTarget(c.span(), c.name()));
    }

    static Target classNameTarget(Span span, String name) {
        return new ClassNodes.NameTarget(span, name);
    }

    static ExprNode classNameLoad(Compiler c, Span span, String name, GlobalCell global, GlobalCell builtin) {
        return new ClassNodes.NameLoad(span, name, c.scope().slotOrMinusOne(name), global, builtin);
    }
}
