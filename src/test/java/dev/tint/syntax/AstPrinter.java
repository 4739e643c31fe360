package dev.tint.syntax;

import dev.tint.ast.CompareOperator;
import dev.tint.ast.Expr;
import dev.tint.ast.Parameters;
import dev.tint.ast.Stmt;
import dev.tint.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Prints Tint's AST in the canonical form of scripts/syntax-asts, to compare with CPython's. */
final class AstPrinter {
    private AstPrinter() {}

    static String stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt x) {
            return node("Expr", s.span(), expr(x.value()));
        } else if (s instanceof Stmt.Assign x) {
            return node("Assign", s.span(), exprs(x.targets()), expr(x.value()));
        } else if (s instanceof Stmt.AugAssign x) {
            return node("AugAssign", s.span(), expr(x.target()), x.op().name(), expr(x.value()));
        } else if (s instanceof Stmt.AnnAssign x) {
            return node("AnnAssign", s.span(), expr(x.target()), expr(x.annotation()), opt(x.value()));
        } else if (s instanceof Stmt.Delete x) {
            return node("Delete", s.span(), exprs(x.targets()));
        } else if (s instanceof Stmt.Pass) {
            return node("Pass", s.span());
        } else if (s instanceof Stmt.Break) {
            return node("Break", s.span());
        } else if (s instanceof Stmt.Continue) {
            return node("Continue", s.span());
        } else if (s instanceof Stmt.Return x) {
            return node("Return", s.span(), opt(x.value()));
        } else if (s instanceof Stmt.If x) {
            return node("If", s.span(), expr(x.test()), stmts(x.body()), stmts(x.orelse()));
        } else if (s instanceof Stmt.While x) {
            return node("While", s.span(), expr(x.test()), stmts(x.body()), stmts(x.orelse()));
        } else if (s instanceof Stmt.For x) {
            return node("For", s.span(), expr(x.target()), expr(x.iter()), stmts(x.body()), stmts(x.orelse()));
        } else if (s instanceof Stmt.FunctionDef x) {
            return node("FunctionDef", s.span(), name(x.name()), params(x.parameters()), stmts(x.body()),
                    exprs(x.decorators()), opt(x.returns()));
        } else if (s instanceof Stmt.ClassDef x) {
            return node("ClassDef", s.span(), name(x.name()), exprs(x.bases()),
                    seq(x.keywords(), AstPrinter::keyword), stmts(x.body()), exprs(x.decorators()));
        } else if (s instanceof Stmt.Global x) {
            return node("Global", s.span(), seq(x.names(), AstPrinter::name));
        } else if (s instanceof Stmt.Nonlocal x) {
            return node("Nonlocal", s.span(), seq(x.names(), AstPrinter::name));
        } else if (s instanceof Stmt.Try x) {
            return node("Try", s.span(), stmts(x.body()), seq(x.handlers(), AstPrinter::handler),
                    stmts(x.orelse()), stmts(x.finalbody()));
        } else if (s instanceof Stmt.Raise x) {
            return node("Raise", s.span(), opt(x.exc()), opt(x.cause()));
        } else if (s instanceof Stmt.Assert x) {
            return node("Assert", s.span(), expr(x.test()), opt(x.message()));
        } else if (s instanceof Stmt.Import x) {
            return node("Import", s.span(), seq(x.names(), AstPrinter::alias));
        } else if (s instanceof Stmt.ImportFrom x) {
            return node("ImportFrom", s.span(), name(x.module()), seq(x.names(), AstPrinter::alias),
                    String.valueOf(x.level()));
        }
        throw new IllegalArgumentException(s.toString());
    }

    static String expr(Expr e) {
        Span sp = e.span();
        if (e instanceof Expr.Name x) {
            return node("Name", sp, name(x.id()));
        } else if (e instanceof Expr.Constant x) {
            return node("Constant", sp, constant(x.value()));
        } else if (e instanceof Expr.JoinedStr x) {
            return node("JoinedStr", sp, exprs(x.parts()));
        } else if (e instanceof Expr.FormattedValue x) {
            return node("FormattedValue", sp, expr(x.value()),
                    x.conversion() == 0 ? "-1" : String.valueOf(x.conversion()), opt(x.formatSpec()));
        } else if (e instanceof Expr.BinOp x) {
            return node("BinOp", sp, expr(x.left()), x.op().name(), expr(x.right()));
        } else if (e instanceof Expr.UnaryOp x) {
            return node("UnaryOp", sp, x.op().name(), expr(x.operand()));
        } else if (e instanceof Expr.BoolOp x) {
            return node("BoolOp", sp, x.isAnd() ? "And" : "Or", exprs(x.values()));
        } else if (e instanceof Expr.Compare x) {
            return node("Compare", sp, expr(x.left()), seq(x.ops(), CompareOperator::name),
                    exprs(x.comparators()));
        } else if (e instanceof Expr.IfExp x) {
            return node("IfExp", sp, expr(x.test()), expr(x.body()), expr(x.orelse()));
        } else if (e instanceof Expr.Lambda x) {
            return node("Lambda", sp, params(x.parameters()), expr(x.body()));
        } else if (e instanceof Expr.Call x) {
            return node("Call", sp, expr(x.func()), exprs(x.args()), seq(x.keywords(), AstPrinter::keyword));
        } else if (e instanceof Expr.Attribute x) {
            return node("Attribute", sp, expr(x.value()), name(x.attr()));
        } else if (e instanceof Expr.Subscript x) {
            return node("Subscript", sp, expr(x.value()), expr(x.index()));
        } else if (e instanceof Expr.Slice x) {
            return node("Slice", sp, opt(x.lower()), opt(x.upper()), opt(x.step()));
        } else if (e instanceof Expr.Starred x) {
            return node("Starred", sp, expr(x.value()));
        } else if (e instanceof Expr.ListDisplay x) {
            return node("List", sp, exprs(x.elements()));
        } else if (e instanceof Expr.Tuple x) {
            return node("Tuple", sp, exprs(x.elements()));
        } else if (e instanceof Expr.SetDisplay x) {
            return node("Set", sp, exprs(x.elements()));
        } else if (e instanceof Expr.DictDisplay x) {
            return node("Dict", sp, seq(x.keys(), AstPrinter::opt), exprs(x.values()));
        } else if (e instanceof Expr.ListComp x) {
            return node("ListComp", sp, expr(x.element()), seq(x.generators(), AstPrinter::comprehension));
        } else if (e instanceof Expr.SetComp x) {
            return node("SetComp", sp, expr(x.element()), seq(x.generators(), AstPrinter::comprehension));
        } else if (e instanceof Expr.GeneratorExp x) {
            return node("GeneratorExp", sp, expr(x.element()), seq(x.generators(), AstPrinter::comprehension));
        } else if (e instanceof Expr.DictComp x) {
            return node("DictComp", sp, expr(x.key()), expr(x.value()),
                    seq(x.generators(), AstPrinter::comprehension));
        }
        throw new IllegalArgumentException(e.toString());
    }

    private static String comprehension(Expr.Comprehension c) {
        return "comprehension(" + expr(c.target()) + ", " + expr(c.iter()) + ", " + exprs(c.ifs()) + ")";
    }

    private static String keyword(Expr.Keyword k) {
        return node("keyword", k.span(), name(k.name()), expr(k.value()));
    }

    private static String handler(Stmt.ExceptHandler h) {
        return node("ExceptHandler", h.span(), opt(h.type()), name(h.name()), stmts(h.body()));
    }

    private static String alias(Stmt.Alias a) {
        return node("alias", a.span(), name(a.name()), name(a.asName()));
    }

    private static String params(Parameters p) {
        return "params(" + seq(p.positionalOnly(), AstPrinter::param) + ", " + seq(p.regular(), AstPrinter::param)
                + ", " + (p.varargs() == null ? "None" : param(p.varargs())) + ", "
                + seq(p.keywordOnly(), AstPrinter::param) + ", "
                + (p.kwargs() == null ? "None" : param(p.kwargs())) + ")";
    }

    private static String param(Parameters.Parameter p) {
        return node("arg", p.span(), name(p.name()), opt(p.annotation()), opt(p.defaultValue()));
    }

    private static String constant(Object v) {
        if (v == Expr.Constant.NONE) {
            return "None";
        } else if (v == Expr.Constant.ELLIPSIS) {
            return "Ellipsis";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof String s) {
            return Json.quote(s).replace("\\u000b", "\\u000b");
        } else if (v instanceof Double d) {
            if (d.isInfinite()) {
                return d > 0 ? "f:inf" : "f:-inf";
            }
            String plain = new BigDecimal(d).toPlainString();
            return "f:" + (plain.contains(".") ? plain : plain);
        }
        return v.toString();
    }

    private static String node(String kind, Span span, String... fields) {
        return kind + "@" + span.line() + ":" + span.column() + "-" + span.endLine() + ":" + span.endColumn()
                + "(" + String.join(", ", fields) + ")";
    }

    private static String opt(Expr e) {
        return e == null ? "None" : expr(e);
    }

    private static String name(String s) {
        return s == null ? "None" : Json.quote(s);
    }

    private static String exprs(List<Expr> list) {
        return seq(list, AstPrinter::opt);
    }

    private static String stmts(List<Stmt> list) {
        return seq(list, AstPrinter::stmt);
    }

    private static <T> String seq(List<T> list, Function<T, String> f) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(f.apply(list.get(i)));
        }
        return s.append(']').toString();
    }
}
