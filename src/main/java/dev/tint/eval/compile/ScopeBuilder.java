package dev.tint.eval.compile;

import dev.tint.ast.Expr;
import dev.tint.ast.Parameters;
import dev.tint.ast.Stmt;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The first compiler pass: walks the AST, creates a {@link Scope} for the module and for every
 * def, lambda, comprehension and class body, and records which names each binds and uses.
 */
final class ScopeBuilder {
    private final IdentityHashMap<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;

    static IdentityHashMap<Object, Scope> analyze(Object root, List<Stmt> body, Scope.Kind kind) {
        ScopeBuilder b = new ScopeBuilder();
        Scope top = new Scope(kind, null, "<module>");
        b.scopes.put(root, top);
        b.current = top;
        b.statements(body);
        top.resolve();
        return b.scopes;
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Expr.Name n) {
                current.use(n.id());
            }
            target(a.target());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
            }
            if (current.kind != Scope.Kind.FUNCTION) {
                expr(a.annotation());
            }
            if (a.value() != null || a.target() instanceof Expr.Name) {
                target(a.target());
            }
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Break b) {
        } else if (s instanceof Stmt.Continue c) {
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            statements(i.body());
            statements(i.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            statements(w.body());
            statements(w.orelse());
        } else if (s instanceof Stmt.For f) {
            expr(f.iter());
            target(f.target());
            statements(f.body());
            statements(f.orelse());
        } else if (s instanceof Stmt.FunctionDef d) {
            for (Expr dec : d.decorators()) {
                expr(dec);
            }
            defaultsAndAnnotations(d.parameters());
            if (d.returns() != null) {
                expr(d.returns());
            }
            current.bind(d.name());
            Scope fn = push(d, Scope.Kind.FUNCTION, d.name());
            parameters(fn, d.parameters());
            statements(d.body());
            pop(fn);
        } else if (s instanceof Stmt.ClassDef c) {
            for (Expr dec : c.decorators()) {
                expr(dec);
            }
            for (Expr b : c.bases()) {
                expr(b);
            }
            for (Expr.Keyword k : c.keywords()) {
                expr(k.value());
            }
            current.bind(c.name());
            Scope cls = push(c, Scope.Kind.CLASS, c.name());
            statements(c.body());
            pop(cls);
        } else if (s instanceof Stmt.Global g) {
            for (String n : g.names()) {
                current.declaredGlobal.add(n);
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            for (String name : n.names()) {
                current.declaredNonlocal.add(name);
            }
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            for (Stmt.ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    current.bind(h.name());
                }
                statements(h.body());
            }
            statements(t.orelse());
            statements(t.finalbody());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
            if (r.cause() != null) {
                expr(r.cause());
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.message() != null) {
                expr(a.message());
            }
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias a : i.names()) {
                current.bind(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Stmt.Alias a : i.names()) {
                current.bind(a.asName() != null ? a.asName() : a.name());
            }
        }
    }

    private void defaultsAndAnnotations(Parameters ps) {
        for (Parameters.Parameter p : allParameters(ps)) {
            if (p.defaultValue() != null) {
                expr(p.defaultValue());
            }
            if (p.annotation() != null) {
                expr(p.annotation());
            }
        }
    }

    static List<Parameters.Parameter> allParameters(Parameters ps) {
        java.util.ArrayList<Parameters.Parameter> all = new java.util.ArrayList<>(ps.positionalOnly());
        all.addAll(ps.regular());
        if (ps.varargs() != null) {
            all.add(ps.varargs());
        }
        all.addAll(ps.keywordOnly());
        if (ps.kwargs() != null) {
            all.add(ps.kwargs());
        }
        return all;
    }

    private void parameters(Scope fn, Parameters ps) {
        for (Parameters.Parameter p : allParameters(ps)) {
            fn.parameters.add(p.name());
            fn.bind(p.name());
        }
    }

    private Scope push(Object node, Scope.Kind kind, String name) {
        Scope s = new Scope(kind, current, name);
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void pop(Scope s) {
        current = s.parent;
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            current.bind(n.id());
        } else if (t instanceof Expr.Tuple tu) {
            tu.elements().forEach(this::target);
        } else if (t instanceof Expr.ListDisplay l) {
            l.elements().forEach(this::target);
        } else if (t instanceof Expr.Starred s) {
            target(s.value());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else {
            expr(t);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            current.use(n.id());
        } else if (e instanceof Expr.Constant c) {
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.parts());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            if (f.formatSpec() != null) {
                expr(f.formatSpec());
            }
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Lambda l) {
            defaultsAndAnnotations(l.parameters());
            Scope fn = push(l, Scope.Kind.FUNCTION, "<lambda>");
            parameters(fn, l.parameters());
            expr(l.body());
            pop(fn);
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            for (Expr.Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) {
                expr(s.lower());
            }
            if (s.upper() != null) {
                expr(s.upper());
            }
            if (s.step() != null) {
                expr(s.step());
            }
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.ListDisplay l) {
            exprs(l.elements());
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elements());
        } else if (e instanceof Expr.SetDisplay s) {
            exprs(s.elements());
        } else if (e instanceof Expr.DictDisplay d) {
            for (Expr k : d.keys()) {
                if (k != null) {
                    expr(k);
                }
            }
            exprs(d.values());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, c.generators(), List.of(c.element()), "<listcomp>");
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, c.generators(), List.of(c.element()), "<setcomp>");
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, c.generators(), List.of(c.key(), c.value()), "<dictcomp>");
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(g, g.generators(), List.of(g.element()), "<genexpr>");
        }
    }

    /** The first iterable is evaluated outside; everything else in the comprehension's own scope. */
    private void comprehension(Expr node, List<Expr.Comprehension> gens, List<Expr> results, String name) {
        expr(gens.get(0).iter());
        Scope s = push(node, Scope.Kind.COMPREHENSION, name);
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            exprs(g.ifs());
        }
        exprs(results);
        pop(s);
    }
}
