package dev.tint.syntax;

import dev.tint.ast.CompareOperator;
import dev.tint.ast.Expr;

/** CPython's rules for what may be assigned to or deleted, and how it names the rest. */
final class Targets {
    enum Kind { ASSIGN, DELETE, FOR }

    private Targets() {}

    /** The first sub-expression that cannot be a target (CPython's _PyPegen_get_invalid_target). */
    static Expr invalid(Expr e, Kind kind) {
        if (e instanceof Expr.ListDisplay l) {
            return firstInvalid(l.elements(), kind);
        }
        if (e instanceof Expr.Tuple t) {
            return firstInvalid(t.elements(), kind);
        }
        if (e instanceof Expr.Starred s) {
            return kind == Kind.DELETE ? e : invalid(s.value(), kind);
        }
        if (e instanceof Expr.Compare c) {
            if (kind == Kind.FOR) {
                return c.ops().get(0) == CompareOperator.IN ? invalid(c.left(), kind) : null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(java.util.List<Expr> elements, Kind kind) {
        for (Expr element : elements) {
            Expr bad = invalid(element, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String name(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListDisplay) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.DictDisplay) {
            return "dict literal";
        } else if (e instanceof Expr.SetDisplay) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.Constant.NONE) {
                return "None";
            } else if (v == Boolean.TRUE) {
                return "True";
            } else if (v == Boolean.FALSE) {
                return "False";
            } else if (v == Expr.Constant.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        }
        return "expression";
    }

    static boolean isSimpleTarget(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }
}
