package dev.tint.syntax;

import dev.tint.ast.Expr;
import dev.tint.ast.Parameters;
import dev.tint.ast.Stmt;
import java.util.function.Consumer;

/** Generic traversal of AST nodes: the direct children of a node, and the tree's depth. */
final class AstNodes {
    private AstNodes() {}

    /** Calls {@code out} with each direct child node (Stmt, Expr, or a helper record). */
    static void children(Object node, Consumer<Object> out) {
        if (node instanceof Stmt s) {
            stmtChildren(s, out);
        } else if (node instanceof Expr e) {
            exprChildren(e, out);
        } else if (node instanceof Expr.Keyword k) {
            out.accept(k.value());
        } else if (node instanceof Expr.Comprehension c) {
            out.accept(c.target());
            out.accept(c.iter());
            c.ifs().forEach(out);
        } else if (node instanceof Stmt.ExceptHandler h) {
            if (h.type() != null) {
                out.accept(h.type());
            }
            h.body().forEach(out);
        } else if (node instanceof Parameters p) {
            p.positionalOnly().forEach(out);
            p.regular().forEach(out);
            if (p.varargs() != null) {
                out.accept(p.varargs());
            }
            p.keywordOnly().forEach(out);
            if (p.kwargs() != null) {
                out.accept(p.kwargs());
            }
        } else if (node instanceof Parameters.Parameter p) {
            if (p.annotation() != null) {
                out.accept(p.annotation());
            }
            if (p.defaultValue() != null) {
                out.accept(p.defaultValue());
            }
        }
    }

    private static void stmtChildren(Stmt s, Consumer<Object> out) {
        if (s instanceof Stmt.ExprStmt x) {
            out.accept(x.value());
        } else if (s instanceof Stmt.Assign x) {
            x.targets().forEach(out);
            out.accept(x.value());
        } else if (s instanceof Stmt.AugAssign x) {
            out.accept(x.target());
            out.accept(x.value());
        } else if (s instanceof Stmt.AnnAssign x) {
            out.accept(x.target());
            out.accept(x.annotation());
            if (x.value() != null) {
                out.accept(x.value());
            }
        } else if (s instanceof Stmt.Delete x) {
            x.targets().forEach(out);
        } else if (s instanceof Stmt.Return x) {
            if (x.value() != null) {
                out.accept(x.value());
            }
        } else if (s instanceof Stmt.If x) {
            out.accept(x.test());
            x.body().forEach(out);
            x.orelse().forEach(out);
        } else if (s instanceof Stmt.While x) {
            out.accept(x.test());
            x.body().forEach(out);
            x.orelse().forEach(out);
        } else if (s instanceof Stmt.For x) {
            out.accept(x.target());
            out.accept(x.iter());
            x.body().forEach(out);
            x.orelse().forEach(out);
        } else if (s instanceof Stmt.FunctionDef x) {
            x.decorators().forEach(out);
            out.accept(x.parameters());
            if (x.returns() != null) {
                out.accept(x.returns());
            }
            x.body().forEach(out);
        } else if (s instanceof Stmt.ClassDef x) {
            x.decorators().forEach(out);
            x.bases().forEach(out);
            x.keywords().forEach(out);
            x.body().forEach(out);
        } else if (s instanceof Stmt.Try x) {
            x.body().forEach(out);
            x.handlers().forEach(out);
            x.orelse().forEach(out);
            x.finalbody().forEach(out);
        } else if (s instanceof Stmt.Raise x) {
            if (x.exc() != null) {
                out.accept(x.exc());
            }
            if (x.cause() != null) {
                out.accept(x.cause());
            }
        } else if (s instanceof Stmt.Assert x) {
            out.accept(x.test());
            if (x.message() != null) {
                out.accept(x.message());
            }
        }
    }

    private static void exprChildren(Expr e, Consumer<Object> out) {
        if (e instanceof Expr.BinOp x) {
            out.accept(x.left());
            out.accept(x.right());
        } else if (e instanceof Expr.UnaryOp x) {
            out.accept(x.operand());
        } else if (e instanceof Expr.BoolOp x) {
            x.values().forEach(out);
        } else if (e instanceof Expr.Compare x) {
            out.accept(x.left());
            x.comparators().forEach(out);
        } else if (e instanceof Expr.IfExp x) {
            out.accept(x.test());
            out.accept(x.body());
            out.accept(x.orelse());
        } else if (e instanceof Expr.Lambda x) {
            out.accept(x.parameters());
            out.accept(x.body());
        } else if (e instanceof Expr.Call x) {
            out.accept(x.func());
            x.args().forEach(out);
            x.keywords().forEach(out);
        } else if (e instanceof Expr.Attribute x) {
            out.accept(x.value());
        } else if (e instanceof Expr.Subscript x) {
            out.accept(x.value());
            out.accept(x.index());
        } else if (e instanceof Expr.Slice x) {
            for (Expr part : new Expr[] {x.lower(), x.upper(), x.step()}) {
                if (part != null) {
                    out.accept(part);
                }
            }
        } else if (e instanceof Expr.Starred x) {
            out.accept(x.value());
        } else if (e instanceof Expr.ListDisplay x) {
            x.elements().forEach(out);
        } else if (e instanceof Expr.Tuple x) {
            x.elements().forEach(out);
        } else if (e instanceof Expr.SetDisplay x) {
            x.elements().forEach(out);
        } else if (e instanceof Expr.DictDisplay x) {
            for (int i = 0; i < x.keys().size(); i++) {
                if (x.keys().get(i) != null) {
                    out.accept(x.keys().get(i));
                }
                out.accept(x.values().get(i));
            }
        } else if (e instanceof Expr.ListComp x) {
            out.accept(x.element());
            x.generators().forEach(out);
        } else if (e instanceof Expr.SetComp x) {
            out.accept(x.element());
            x.generators().forEach(out);
        } else if (e instanceof Expr.GeneratorExp x) {
            out.accept(x.element());
            x.generators().forEach(out);
        } else if (e instanceof Expr.DictComp x) {
            out.accept(x.key());
            out.accept(x.value());
            x.generators().forEach(out);
        } else if (e instanceof Expr.JoinedStr x) {
            x.parts().forEach(out);
        } else if (e instanceof Expr.FormattedValue x) {
            out.accept(x.value());
            if (x.formatSpec() != null) {
                out.accept(x.formatSpec());
            }
        }
    }

    /**
     * The operand a left-deep chain ({@code a + b + c}, {@code a.b.c}, {@code f(x)(y)}, {@code a[i][j]})
     * starts with; the chain's nodes go to {@code spine}, outermost first. Walkers use it to visit
     * long chains without recursing once per link.
     */
    static Expr leftSpine(Expr e, java.util.List<Expr> spine) {
        while (true) {
            Expr next;
            if (e instanceof Expr.BinOp b) {
                next = b.left();
            } else if (e instanceof Expr.Attribute a) {
                next = a.value();
            } else if (e instanceof Expr.Call c) {
                next = c.func();
            } else if (e instanceof Expr.Subscript s) {
                next = s.value();
            } else {
                return e;
            }
            spine.add(e);
            e = next;
        }
    }

    /** The children of a chain link other than the one {@link #leftSpine} follows. */
    static void otherChildren(Expr link, Consumer<Object> out) {
        if (link instanceof Expr.BinOp b) {
            out.accept(b.right());
        } else if (link instanceof Expr.Call c) {
            c.args().forEach(out);
            c.keywords().forEach(out);
        } else if (link instanceof Expr.Subscript s) {
            out.accept(s.index());
        }
    }

    /**
     * Whether the tree nests deeper than {@code limit} statement and expression levels (the module
     * counts as one), computed without recursion.
     */
    static boolean deeperThan(java.util.List<Stmt> body, int limit) {
        DepthWalk walk = new DepthWalk();
        for (Stmt s : body) {
            walk.push(s, 2);
        }
        while (walk.size > 0) {
            walk.size--;
            Object node = walk.nodes[walk.size];
            int depth = walk.depths[walk.size];
            walk.nodes[walk.size] = null;
            if (depth > limit) {
                return true;
            }
            walk.childDepth = node instanceof Stmt || node instanceof Expr ? depth + 1 : depth;
            children(node, walk);
        }
        return false;
    }

    /** An explicit stack of (node, depth) pairs. */
    private static final class DepthWalk implements Consumer<Object> {
        Object[] nodes = new Object[64];
        int[] depths = new int[64];
        int size;
        int childDepth;

        void push(Object node, int depth) {
            if (size == nodes.length) {
                nodes = java.util.Arrays.copyOf(nodes, size * 2);
                depths = java.util.Arrays.copyOf(depths, size * 2);
            }
            nodes[size] = node;
            depths[size++] = depth;
        }

        @Override
        public void accept(Object child) {
            push(child, childDepth);
        }
    }
}
