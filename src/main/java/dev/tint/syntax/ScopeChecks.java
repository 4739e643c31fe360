package dev.tint.syntax;

import dev.tint.ast.Expr;
import dev.tint.ast.Parameters;
import dev.tint.ast.Stmt;
import dev.tint.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors of CPython's symbol table pass: duplicate parameters, misplaced {@code global} and
 * {@code nonlocal} declarations, and nonlocal names with no binding in an enclosing function.
 * Declarations are checked as the module is walked; bindings once it has been walked whole.
 */
final class ScopeChecks {
    private static final int PARAM = 1;
    private static final int LOCAL = 2;
    private static final int USE = 4;
    private static final int GLOBAL = 8;
    private static final int NONLOCAL = 16;
    private static final int ANNOT = 32;
    private static final int IMPORT = 64;

    private enum Kind { MODULE, FUNCTION, CLASS }

    private static final class Scope {
        final Kind kind;
        final Map<String, Integer> flags = new LinkedHashMap<>();
        final Map<String, Span> directives = new HashMap<>();
        final List<Scope> children = new ArrayList<>();

        Scope(Kind kind) {
            this.kind = kind;
        }

        int get(String name) {
            return flags.getOrDefault(name, 0);
        }

        void add(String name, int flag) {
            flags.merge(name, flag, (a, b) -> a | b);
        }
    }

    private final Errors errors;

    ScopeChecks(Errors errors) {
        this.errors = errors;
    }

    void check(List<Stmt> body) {
        Scope module = new Scope(Kind.MODULE);
        body(body, module);
        analyze(module, Set.of());
    }

    private Scope child(Scope parent, Kind kind) {
        Scope scope = new Scope(kind);
        parent.children.add(scope);
        return scope;
    }

    private void body(List<Stmt> body, Scope scope) {
        for (Stmt s : body) {
            statement(s, scope);
        }
    }

    private void statement(Stmt s, Scope scope) {
        if (s instanceof Stmt.FunctionDef f) {
            scope.add(f.name(), LOCAL);
            outerParts(f.parameters(), scope);
            f.decorators().forEach(d -> expr(d, scope, USE));
            if (f.returns() != null) {
                expr(f.returns(), scope, USE);
            }
            Scope inner = child(scope, Kind.FUNCTION);
            parameters(f.parameters(), inner);
            body(f.body(), inner);
        } else if (s instanceof Stmt.ClassDef c) {
            scope.add(c.name(), LOCAL);
            c.bases().forEach(b -> expr(b, scope, USE));
            c.keywords().forEach(k -> expr(k.value(), scope, USE));
            c.decorators().forEach(d -> expr(d, scope, USE));
            body(c.body(), child(scope, Kind.CLASS));
        } else if (s instanceof Stmt.Global g) {
            for (String name : g.names()) {
                declare(scope, name, g.span(), true);
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            if (scope.kind == Kind.MODULE) {
                throw errors.at("nonlocal declaration not allowed at module level", n.span());
            }
            for (String name : n.names()) {
                declare(scope, name, n.span(), false);
            }
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value(), scope, USE);
            a.targets().forEach(t -> expr(t, scope, LOCAL));
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value(), scope, USE);
            expr(a.target(), scope, LOCAL);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name name) {
                int cur = scope.get(name.id());
                if ((cur & (GLOBAL | NONLOCAL)) != 0 && scope.kind != Kind.MODULE) {
                    throw errors.at("annotated name '" + name.id() + "' can't be "
                            + ((cur & GLOBAL) != 0 ? "global" : "nonlocal"), a.span());
                }
                scope.add(name.id(), ANNOT | LOCAL);
            } else {
                expr(a.target(), scope, LOCAL);
            }
            expr(a.annotation(), scope, USE);
            if (a.value() != null) {
                expr(a.value(), scope, USE);
            }
        } else if (s instanceof Stmt.For f) {
            expr(f.target(), scope, LOCAL);
            expr(f.iter(), scope, USE);
            body(f.body(), scope);
            body(f.orelse(), scope);
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(t -> expr(t, scope, LOCAL));
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias a : i.names()) {
                String name = a.asName() != null ? a.asName() : a.name().split("\\.", 2)[0];
                scope.add(name, IMPORT);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Stmt.Alias a : i.names()) {
                scope.add(a.asName() != null ? a.asName() : a.name(), IMPORT);
            }
        } else if (s instanceof Stmt.Try t) {
            body(t.body(), scope);
            for (Stmt.ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type(), scope, USE);
                }
                if (h.name() != null) {
                    scope.add(h.name(), LOCAL);
                }
                body(h.body(), scope);
            }
            body(t.orelse(), scope);
            body(t.finalbody(), scope);
        } else if (s instanceof Stmt.If i) {
            expr(i.test(), scope, USE);
            body(i.body(), scope);
            body(i.orelse(), scope);
        } else if (s instanceof Stmt.While w) {
            expr(w.test(), scope, USE);
            body(w.body(), scope);
            body(w.orelse(), scope);
        } else {
            AstNodes.children(s, c -> expr((Expr) c, scope, USE));
        }
    }

    private void declare(Scope scope, String name, Span where, boolean global) {
        int cur = scope.get(name);
        if ((cur & (PARAM | LOCAL | USE | ANNOT)) != 0) {
            String kind = global ? "global" : "nonlocal";
            String message;
            if ((cur & PARAM) != 0) {
                message = "name '" + name + "' is parameter and " + kind;
            } else if ((cur & USE) != 0) {
                message = "name '" + name + "' is used prior to " + kind + " declaration";
            } else if ((cur & ANNOT) != 0) {
                message = "annotated name '" + name + "' can't be " + kind;
            } else {
                message = "name '" + name + "' is assigned to before " + kind + " declaration";
            }
            throw errors.at(message, where);
        }
        scope.add(name, global ? GLOBAL : NONLOCAL);
        scope.directives.putIfAbsent(name, where);
    }

    /** Defaults and annotations are evaluated in the enclosing scope. */
    private void outerParts(Parameters p, Scope scope) {
        AstNodes.children(p, parameter -> AstNodes.children(parameter, value -> expr((Expr) value, scope, USE)));
    }

    private void parameters(Parameters p, Scope scope) {
        AstNodes.children(p, child -> {
            Parameters.Parameter parameter = (Parameters.Parameter) child;
            if ((scope.get(parameter.name()) & PARAM) != 0) {
                throw errors.at("duplicate argument '" + parameter.name() + "' in function definition",
                        parameter.span());
            }
            scope.add(parameter.name(), PARAM);
        });
    }

    /** Walks an expression; names get {@code context} (USE, or LOCAL for targets). */
    private void expr(Expr e, Scope scope, int context) {
        if (e instanceof Expr.BinOp || e instanceof Expr.Attribute || e instanceof Expr.Call
                || e instanceof Expr.Subscript) {
            List<Expr> spine = new ArrayList<>();
            expr(AstNodes.leftSpine(e, spine), scope, USE);
            for (int i = spine.size() - 1; i >= 0; i--) {
                AstNodes.otherChildren(spine.get(i), c -> {
                    if (c instanceof Expr x) {
                        expr(x, scope, USE);
                    } else if (c instanceof Expr.Keyword k) {
                        expr(k.value(), scope, USE);
                    }
                });
            }
        } else if (e instanceof Expr.Name n) {
            scope.add(n.id(), context);
        } else if (e instanceof Expr.Lambda l) {
            outerParts(l.parameters(), scope);
            Scope inner = child(scope, Kind.FUNCTION);
            parameters(l.parameters(), inner);
            expr(l.body(), inner, USE);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(List.of(c.element()), c.generators(), scope);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(List.of(c.element()), c.generators(), scope);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(List.of(c.element()), c.generators(), scope);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(List.of(c.key(), c.value()), c.generators(), scope);
        } else if (e instanceof Expr.Tuple || e instanceof Expr.ListDisplay || e instanceof Expr.Starred) {
            AstNodes.children(e, c -> expr((Expr) c, scope, context));
        } else {
            AstNodes.children(e, c -> {
                if (c instanceof Expr x) {
                    expr(x, scope, USE);
                } else if (c instanceof Expr.Keyword k) {
                    expr(k.value(), scope, USE);
                } else if (c instanceof Expr.Comprehension) {
                    throw new IllegalStateException();
                }
            });
        }
    }

    private void comprehension(List<Expr> elements, List<Expr.Comprehension> generators, Scope scope) {
        expr(generators.get(0).iter(), scope, USE);
        Scope inner = child(scope, Kind.FUNCTION);
        for (int i = 0; i < generators.size(); i++) {
            Expr.Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter(), inner, USE);
            }
            expr(g.target(), inner, LOCAL);
            g.ifs().forEach(c -> expr(c, inner, USE));
        }
        elements.forEach(x -> expr(x, inner, USE));
    }

    private void analyze(Scope scope, Set<String> bound) {
        for (Map.Entry<String, Integer> entry : scope.flags.entrySet()) {
            String name = entry.getKey();
            int flags = entry.getValue();
            if ((flags & GLOBAL) != 0 && (flags & NONLOCAL) != 0) {
                throw errors.at("name '" + name + "' is nonlocal and global", scope.directives.get(name));
            }
            if ((flags & NONLOCAL) != 0 && !bound.contains(name)) {
                throw errors.at("no binding for nonlocal '" + name + "' found", scope.directives.get(name));
            }
        }
        Set<String> inner = bound;
        if (scope.kind == Kind.MODULE) {
            inner = Set.of();
        } else if (scope.kind == Kind.FUNCTION) {
            inner = new HashSet<>(bound);
            for (Map.Entry<String, Integer> entry : scope.flags.entrySet()) {
                int flags = entry.getValue();
                if ((flags & GLOBAL) != 0) {
                    inner.remove(entry.getKey());
                } else if ((flags & (LOCAL | PARAM | IMPORT)) != 0 && (flags & NONLOCAL) == 0) {
                    inner.add(entry.getKey());
                }
            }
        }
        for (Scope child : scope.children) {
            analyze(child, inner);
        }
    }
}
