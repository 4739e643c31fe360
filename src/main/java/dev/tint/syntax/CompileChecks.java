package dev.tint.syntax;

import dev.tint.ast.Expr;
import dev.tint.ast.Module;
import dev.tint.ast.Parameters;
import dev.tint.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors CPython raises after parsing, while compiling: first those of its symbol
 * table pass over the whole module ({@link ScopeChecks}: duplicate parameters, global and
 * nonlocal misuse), then those of code generation, in source order: return/break/continue
 * outside their context, misplaced starred expressions, repeated keyword arguments and a bare
 * except that is not last. Also CPython's limit on nesting depth during compilation.
 */
final class CompileChecks {
    private final Errors errors;

    CompileChecks(Errors errors) {
        this.errors = errors;
    }

    /** {@code tokens}: how many tokens the module has; the tree cannot be deeper than that. */
    void check(Module module, int tokens) {
        if (tokens > Parser.MAX_AST_DEPTH - 2 && AstNodes.deeperThan(module.body(), Parser.MAX_AST_DEPTH)) {
            throw errors.raw("RecursionError", "maximum recursion depth exceeded during compilation",
                    0, 0, 0, 0, false);
        }
        new ScopeChecks(errors).check(module.body());
        statements(module.body(), false, false);
    }

    private void statements(List<Stmt> body, boolean function, boolean loop) {
        for (Stmt s : body) {
            statement(s, function, loop);
        }
    }

    private void statement(Stmt s, boolean function, boolean loop) {
        if (s instanceof Stmt.FunctionDef f) {
            f.decorators().forEach(this::load);
            parameters(f.parameters());
            if (f.returns() != null) {
                load(f.returns());
            }
            statements(f.body(), true, false);
        } else if (s instanceof Stmt.ClassDef c) {
            c.decorators().forEach(this::load);
            c.bases().forEach(this::argument);
            keywords(c.keywords());
            statements(c.body(), false, false);
        } else if (s instanceof Stmt.Return r) {
            if (!function) {
                throw errors.at("'return' outside function", r.span());
            }
            if (r.value() != null) {
                load(r.value());
            }
        } else if (s instanceof Stmt.Break b) {
            if (!loop) {
                throw errors.at("'break' outside loop", b.span());
            }
        } else if (s instanceof Stmt.Continue c) {
            if (!loop) {
                throw errors.at("'continue' not properly in loop", c.span());
            }
        } else if (s instanceof Stmt.For f) {
            load(f.iter());
            store(f.target());
            statements(f.body(), function, true);
            statements(f.orelse(), function, loop);
        } else if (s instanceof Stmt.While w) {
            load(w.test());
            statements(w.body(), function, true);
            statements(w.orelse(), function, loop);
        } else if (s instanceof Stmt.If i) {
            load(i.test());
            statements(i.body(), function, loop);
            statements(i.orelse(), function, loop);
        } else if (s instanceof Stmt.Try t) {
            statements(t.body(), function, loop);
            List<Stmt.ExceptHandler> handlers = t.handlers();
            for (int i = 0; i < handlers.size(); i++) {
                Stmt.ExceptHandler h = handlers.get(i);
                if (h.type() == null && i < handlers.size() - 1) {
                    throw errors.at("default 'except:' must be last", h.span());
                }
                if (h.type() != null) {
                    load(h.type());
                }
                statements(h.body(), function, loop);
            }
            statements(t.orelse(), function, loop);
            statements(t.finalbody(), function, loop);
        } else if (s instanceof Stmt.ExprStmt e) {
            load(e.value());
        } else if (s instanceof Stmt.Assign a) {
            load(a.value());
            a.targets().forEach(this::store);
        } else if (s instanceof Stmt.AugAssign a) {
            load(a.value());
            load(a.target());
        } else if (s instanceof Stmt.AnnAssign a) {
            load(a.annotation());
            if (a.value() != null) {
                load(a.value());
            }
            load(a.target());
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::load);
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                load(r.exc());
            }
            if (r.cause() != null) {
                load(r.cause());
            }
        } else if (s instanceof Stmt.Assert a) {
            load(a.test());
            if (a.message() != null) {
                load(a.message());
            }
        }
    }

    /** An assignment target: at most one starred element per list or tuple, none alone. */
    private void store(Expr target) {
        if (target instanceof Expr.Starred s) {
            throw errors.at("starred assignment target must be in a list or tuple", s.span());
        }
        List<Expr> elements = target instanceof Expr.Tuple t ? t.elements()
                : target instanceof Expr.ListDisplay l ? l.elements() : null;
        if (elements == null) {
            load(target);
            return;
        }
        boolean starred = false;
        for (Expr e : elements) {
            if (e instanceof Expr.Starred s) {
                if (starred) {
                    throw errors.at("multiple starred expressions in assignment", target.span());
                }
                starred = true;
                store(s.value());
            } else {
                store(e);
            }
        }
    }

    /** An expression in a position where a starred expression is not allowed. */
    private void load(Expr e) {
        if (e instanceof Expr.Starred s) {
            throw errors.at("can't use starred expression here", s.span());
        }
        if (e instanceof Expr.BinOp || e instanceof Expr.Attribute || e instanceof Expr.Subscript
                || e instanceof Expr.Call) {
            List<Expr> spine = new java.util.ArrayList<>();
            load(AstNodes.leftSpine(e, spine));
            for (int i = spine.size() - 1; i >= 0; i--) {
                Expr link = spine.get(i);
                if (link instanceof Expr.Call c) {
                    keywords(c.keywords());
                    c.args().forEach(this::argument);
                } else {
                    AstNodes.otherChildren(link, child -> load((Expr) child));
                }
            }
            return;
        }
        if (e instanceof Expr.Tuple t) {
            t.elements().forEach(this::element);
        } else if (e instanceof Expr.ListDisplay l) {
            l.elements().forEach(this::element);
        } else if (e instanceof Expr.SetDisplay s) {
            s.elements().forEach(this::element);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c.element(), c.generators());
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c.element(), c.generators());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c.element(), c.generators());
        } else if (e instanceof Expr.DictComp c) {
            load(c.key());
            load(c.value());
            generators(c.generators());
        } else if (e instanceof Expr.Lambda l) {
            parameters(l.parameters());
            load(l.body());
        } else if (e instanceof Expr.DictDisplay d) {
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) != null) {
                    load(d.keys().get(i));
                }
                load(d.values().get(i));
            }
        } else {
            AstNodes.children(e, child -> {
                if (child instanceof Expr x) {
                    load(x);
                }
            });
        }
    }

    /** An element of a display or a positional argument: may be starred. */
    private void element(Expr e) {
        load(e instanceof Expr.Starred s ? s.value() : e);
    }

    private void argument(Expr e) {
        element(e);
    }

    private void comprehension(Expr element, List<Expr.Comprehension> generators) {
        if (element instanceof Expr.Starred s) {
            throw errors.at("iterable unpacking cannot be used in comprehension", s.span());
        }
        generators(generators);
        load(element);
    }

    private void generators(List<Expr.Comprehension> generators) {
        for (Expr.Comprehension g : generators) {
            load(g.iter());
            store(g.target());
            g.ifs().forEach(this::load);
        }
    }

    private void keywords(List<Expr.Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Expr.Keyword k : keywords) {
            if (k.name() != null && !seen.add(k.name())) {
                throw errors.at("keyword argument repeated: " + k.name(), k.span());
            }
        }
        for (Expr.Keyword k : keywords) {
            load(k.value());
        }
    }

    /** Defaults and annotations; {@code *args: *Ts} may be starred. */
    private void parameters(Parameters p) {
        AstNodes.children(p, parameter -> AstNodes.children(parameter, value -> {
            if (parameter == p.varargs() && value == p.varargs().annotation()) {
                element((Expr) value);
            } else {
                load((Expr) value);
            }
        }));
    }
}
