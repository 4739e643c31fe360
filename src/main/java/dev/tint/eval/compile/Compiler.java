package dev.tint.eval.compile;

import dev.tint.ast.CompareOperator;
import dev.tint.ast.Expr;
import dev.tint.ast.Module;
import dev.tint.ast.Parameters;
import dev.tint.ast.Stmt;
import dev.tint.eval.nodes.AccessNodes;
import dev.tint.eval.nodes.BinaryNodes;
import dev.tint.eval.nodes.Block;
import dev.tint.eval.nodes.CallNodes;
import dev.tint.eval.nodes.CompareNodes;
import dev.tint.eval.nodes.Comprehension;
import dev.tint.eval.nodes.ControlFlow;
import dev.tint.eval.nodes.DisplayNodes;
import dev.tint.eval.nodes.ExprNode;
import dev.tint.eval.nodes.FStringNodes;
import dev.tint.eval.nodes.FunctionCode;
import dev.tint.eval.nodes.ImportNodes;
import dev.tint.eval.nodes.LogicNodes;
import dev.tint.eval.nodes.MakeFunction;
import dev.tint.eval.nodes.Names;
import dev.tint.eval.nodes.Raise;
import dev.tint.eval.nodes.SimpleStatements;
import dev.tint.eval.nodes.StmtNode;
import dev.tint.eval.nodes.Target;
import dev.tint.eval.nodes.TryNode;
import dev.tint.eval.nodes.Unpack;
import dev.tint.eval.runtime.CodeInfo;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.PyEllipsis;
import dev.tint.eval.runtime.PyNone;
import dev.tint.source.Source;
import dev.tint.source.Span;
import dev.tint.syntax.PySyntaxError;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The second compiler pass: turns the AST of one scope into executable nodes, with every name
 * already resolved to a slot, a cell or a module global cell. One Compiler per scope.
 */
public final class Compiler {
    private final Source source;
    private final IdentityHashMap<Object, Scope> scopes;
    private final Scope scope;
    private final Namespace globals;
    private final Namespace builtins;
    private final String qualnamePrefix;
    private final boolean interactive;

    private Compiler(Source source, IdentityHashMap<Object, Scope> scopes, Scope scope, Namespace globals,
                     Namespace builtins, String qualnamePrefix, boolean interactive) {
        this.source = source;
        this.scopes = scopes;
        this.scope = scope;
        this.globals = globals;
        this.builtins = builtins;
        this.qualnamePrefix = qualnamePrefix;
        this.interactive = interactive;
    }

    /** The compiled module body: run it in a frame made from {@link CompiledModule#newFrame}. */
    public static CompiledModule compile(Module module, Namespace globals, Namespace builtins, boolean interactive) {
        IdentityHashMap<Object, Scope> scopes;
        try {
            scopes = ScopeBuilder.analyze(module, module.body(), Scope.Kind.MODULE);
        } catch (ScopeException e) {
            throw new PySyntaxError("SyntaxError", e.getMessage(), module.source(), 1, 1, 1, 2, false);
        }
        Scope top = scopes.get(module);
        Compiler c = new Compiler(module.source(), scopes, top, globals, builtins, "", interactive);
        StmtNode body = c.block(module.body());
        if (!interactive && !module.body().isEmpty() && module.body().get(0) instanceof Stmt.ExprStmt es
                && es.value() instanceof Expr.Constant k && k.value() instanceof String text) {
            globals.set("__doc__", Docstrings.clean(text)); // a module's docstring is its __doc__
        }
        CodeInfo info = new CodeInfo("<module>", module.source(), new String[0], 1);
        return new CompiledModule(info, body, globals);
    }

    // ---- statements ----

    private StmtNode block(List<Stmt> stmts) {
        StmtNode[] nodes = new StmtNode[stmts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(stmts.get(i));
        }
        return new Block(nodes);
    }

    private StmtNode optionalBlock(List<Stmt> stmts) {
        return stmts.isEmpty() ? null : block(stmts);
    }

    private StmtNode statement(Stmt s) {
        Span span = s.span();
        if (s instanceof Stmt.ExprStmt e) {
            ExprNode value = expr(e.value());
            if (interactive && scope.kind == Scope.Kind.MODULE) {
                return new ImportNodes.DisplayResult(span, value);
            }
            return new SimpleStatements.ExprStmt(span, value);
        } else if (s instanceof Stmt.Assign a) {
            ExprNode value = expr(a.value());
            if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                    && scope.isFunctionLike() && scope.accessOf(n.id()) == Scope.Access.LOCAL) {
                return new SimpleStatements.AssignLocal(span, scope.slot(n.id()), value);
            }
            Target[] targets = new Target[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return new SimpleStatements.Assign(span, targets, value);
        } else if (s instanceof Stmt.AugAssign a) {
            Target t = target(a.target());
            ExprNode read = a.target() instanceof Expr.Name n ? load(n) : null;
            return new SimpleStatements.AugAssign(span, t, read, a.op(), expr(a.value()));
        } else if (s instanceof Stmt.AnnAssign a) {
            List<ExprNode> effects = new ArrayList<>();
            if (scope.kind != Scope.Kind.FUNCTION) {
                effects.add(expr(a.annotation()));
            }
            if (a.value() == null) {
                StmtNode[] nodes = effects.stream().map(x -> (StmtNode) new SimpleStatements.ExprStmt(span, x))
                        .toArray(StmtNode[]::new);
                return new Block(nodes);
            }
            StmtNode assign = new SimpleStatements.Assign(span, new Target[] {target(a.target())}, expr(a.value()));
            if (effects.isEmpty()) {
                return assign;
            }
            return new Block(new StmtNode[] {assign, new SimpleStatements.ExprStmt(span, effects.get(0))});
        } else if (s instanceof Stmt.Delete d) {
            Target[] targets = d.targets().stream().map(this::target).toArray(Target[]::new);
            return new SimpleStatements.Delete(span, targets);
        } else if (s instanceof Stmt.Pass) {
            return new SimpleStatements.Pass(span);
        } else if (s instanceof Stmt.Break) {
            return new SimpleStatements.Break(span);
        } else if (s instanceof Stmt.Continue) {
            return new SimpleStatements.Continue(span);
        } else if (s instanceof Stmt.Return r) {
            return new SimpleStatements.Return(span, r.value() == null ? null : expr(r.value()));
        } else if (s instanceof Stmt.If i) {
            return new ControlFlow.If(span, expr(i.test()), block(i.body()), optionalBlock(i.orelse()));
        } else if (s instanceof Stmt.While w) {
            return new ControlFlow.While(span, expr(w.test()), block(w.body()), optionalBlock(w.orelse()));
        } else if (s instanceof Stmt.For f) {
            return new ControlFlow.For(span, target(f.target()), expr(f.iter()), block(f.body()),
                    optionalBlock(f.orelse()));
        } else if (s instanceof Stmt.FunctionDef d) {
            return functionDef(d);
        } else if (s instanceof Stmt.ClassDef c) {
            return ClassCompiler.compile(this, c);
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return new SimpleStatements.Pass(span);
        } else if (s instanceof Stmt.Try t) {
            TryNode.Handler[] handlers = new TryNode.Handler[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                Stmt.ExceptHandler h = t.handlers().get(i);
                handlers[i] = new TryNode.Handler(h.span(), h.type() == null ? null : expr(h.type()),
                        h.name() == null ? null : nameTarget(h.span(), h.name()), block(h.body()));
            }
            return new TryNode(span, block(t.body()), handlers, optionalBlock(t.orelse()),
                    optionalBlock(t.finalbody()));
        } else if (s instanceof Stmt.Raise r) {
            return new Raise(span, r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
        } else if (s instanceof Stmt.Assert a) {
            return new SimpleStatements.Assert(span, expr(a.test()), a.message() == null ? null : expr(a.message()));
        } else if (s instanceof Stmt.Import i) {
            List<StmtNode> nodes = new ArrayList<>();
            for (Stmt.Alias a : i.names()) {
                String bind = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
                nodes.add(new ImportNodes.Import(a.span(), a.name(), a.asName() != null,
                        nameTarget(a.span(), bind), source));
            }
            return nodes.size() == 1 ? nodes.get(0) : new Block(nodes.toArray(new StmtNode[0]));
        } else if (s instanceof Stmt.ImportFrom i) {
            String[] names = new String[i.names().size()];
            Target[] targets = new Target[names.length];
            for (int k = 0; k < names.length; k++) {
                Stmt.Alias a = i.names().get(k);
                names[k] = a.name();
                targets[k] = nameTarget(a.span(), a.asName() != null ? a.asName() : a.name());
            }
            return new ImportNodes.ImportFrom(span, i.module(), i.level(), names, targets, source);
        }
        throw new IllegalStateException("unknown statement " + s);
    }

    private StmtNode functionDef(Stmt.FunctionDef d) {
        ExprNode[] decorators = d.decorators().stream().map(this::expr).toArray(ExprNode[]::new);
        MakeFunction make = makeFunction(d, d.name(), d.parameters(), d.body(), null, d.returns());
        return new ImportNodes.Define(d.span(), decorators, make, nameTarget(d.span(), d.name()));
    }

    String qualnameFor(String name) {
        return qualnamePrefix + name;
    }

    private String childPrefix(String name) {
        return scope.kind == Scope.Kind.CLASS ? qualnamePrefix + name + "." : qualnamePrefix + name + ".<locals>.";
    }

    /** Compiles a def or lambda (body is null for a lambda, which has an expression instead). */
    MakeFunction makeFunction(Object node, String name, Parameters ps, List<Stmt> body, Expr lambdaBody, Expr returns) {
        Scope fs = scopes.get(node);
        List<String> paramNames = new ArrayList<>();
        for (Parameters.Parameter p : ps.positionalOnly()) {
            paramNames.add(p.name());
        }
        for (Parameters.Parameter p : ps.regular()) {
            paramNames.add(p.name());
        }
        if (ps.varargs() != null) {
            paramNames.add(ps.varargs().name());
        }
        for (Parameters.Parameter p : ps.keywordOnly()) {
            paramNames.add(p.name());
        }
        if (ps.kwargs() != null) {
            paramNames.add(ps.kwargs().name());
        }
        Object doc = PyNone.NONE;
        if (body != null && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es
                && es.value() instanceof Expr.Constant c && c.value() instanceof String text) {
            doc = Docstrings.clean(text);
        }
        String qualname = qualnameFor(name);
        // CPython's co_firstlineno: a decorated function starts at its first decorator.
        int firstLine = node instanceof Stmt.FunctionDef d && !d.decorators().isEmpty()
                ? Math.min(d.span().line(), d.decorators().get(0).span().line())
                : node instanceof Stmt st ? st.span().line() : ((Expr) node).span().line();
        CodeInfo info = new CodeInfo(name, source, fs.slotNames(), firstLine);
        FunctionCode code = new FunctionCode(info, qualname, fs.slotCount(), fs.cellSlots(), fs.freeSlots(),
                paramNames.toArray(new String[0]), ps.positionalOnly().size(),
                ps.positionalOnly().size() + ps.regular().size(), ps.keywordOnly().size(),
                ps.varargs() != null, ps.kwargs() != null, doc);
        Compiler inner = new Compiler(source, scopes, fs, globals, builtins, childPrefix(name), false);
        if (body != null) {
            code.setBody(inner.block(body));
        } else {
            code.setExpression(inner.expr(lambdaBody));
        }
        List<ExprNode> defaults = new ArrayList<>();
        List<Parameters.Parameter> positional = new ArrayList<>(ps.positionalOnly());
        positional.addAll(ps.regular());
        for (Parameters.Parameter p : positional) {
            if (p.defaultValue() != null) {
                defaults.add(expr(p.defaultValue()));
            }
        }
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwDefaults = new ArrayList<>();
        for (Parameters.Parameter p : ps.keywordOnly()) {
            if (p.defaultValue() != null) {
                kwNames.add(p.name());
                kwDefaults.add(expr(p.defaultValue()));
            }
        }
        List<ExprNode> annotations = new ArrayList<>();
        List<String> annotated = new ArrayList<>();
        for (Parameters.Parameter p : ScopeBuilder.allParameters(ps)) {
            if (p.annotation() != null) {
                annotations.add(expr(p.annotation()));
                annotated.add(p.name());
            }
        }
        if (returns != null) {
            annotations.add(expr(returns));
            annotated.add("return");
        }
        int[] closureSlots = closureSlots(fs);
        return new MakeFunction(node instanceof Stmt st ? st.span() : ((Expr) node).span(), code,
                defaults.toArray(new ExprNode[0]), kwNames.toArray(new String[0]),
                kwDefaults.toArray(new ExprNode[0]), annotated.toArray(new String[0]),
                annotations.toArray(new ExprNode[0]), closureSlots);
    }

    /** Where, in this scope's frame, the cells an inner scope closes over live. */
    private int[] closureSlots(Scope inner) {
        int[] slots = new int[inner.free.size()];
        int i = 0;
        for (String n : inner.free) {
            slots[i++] = scope.slot(n);
        }
        return slots;
    }

    // ---- targets ----

    Target nameTarget(Span span, String name) {
        switch (scope.accessOf(name)) {
            case LOCAL:
                return new Names.LocalTarget(span, scope.slot(name), name);
            case CELL:
            case FREE:
                return new Names.CellTarget(span, scope.slot(name), name);
            case CLASS_NAME:
                return ClassCompiler.classNameTarget(span, name);
            default:
                return new Names.GlobalTarget(span, globals.cell(name));
        }
    }

    private Target target(Expr e) {
        if (e instanceof Expr.Name n) {
            return nameTarget(n.span(), n.id());
        } else if (e instanceof Expr.Attribute a) {
            return new AccessNodes.AttrTarget(a.span(), expr(a.value()), a.attr());
        } else if (e instanceof Expr.Subscript s) {
            return new AccessNodes.ItemTarget(s.span(), expr(s.value()), expr(s.index()));
        } else if (e instanceof Expr.Tuple t) {
            return unpack(t.span(), t.elements());
        } else if (e instanceof Expr.ListDisplay l) {
            return unpack(l.span(), l.elements());
        }
        throw new PySyntaxError("SyntaxError", "cannot assign to expression", source, e.span().line(),
                e.span().column() + 1, e.span().endLine(), e.span().endColumn() + 1, false);
    }

    private Target unpack(Span span, List<Expr> elements) {
        Target[] targets = new Target[elements.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elements.get(i);
            if (e instanceof Expr.Starred st) {
                star = i;
                targets[i] = target(st.value());
            } else {
                targets[i] = target(e);
            }
        }
        return new Unpack(span, targets, star);
    }

    // ---- expressions ----

    ExprNode load(Expr.Name n) {
        String id = n.id();
        switch (scope.accessOf(id)) {
            case LOCAL:
                return new Names.LocalLoad(n.span(), scope.slot(id), id);
            case CELL:
                return new Names.CellLoad(n.span(), scope.slot(id), id, false);
            case FREE:
                return new Names.CellLoad(n.span(), scope.slot(id), id, true);
            case CLASS_NAME:
                return ClassCompiler.classNameLoad(this, n.span(), id, globals.cell(id), builtins.cell(id));
            default:
                return new Names.GlobalLoad(n.span(), globals.cell(id), builtins.cell(id));
        }
    }

    ExprNode expr(Expr e) {
        Span span = e.span();
        if (e instanceof Expr.Name n) {
            return load(n);
        } else if (e instanceof Expr.Constant c) {
            return new LogicNodes.Const(span, constant(c.value()));
        } else if (e instanceof Expr.BinOp b) {
            return BinaryNodes.create(span, b.op(), expr(b.left()), expr(b.right()));
        } else if (e instanceof Expr.UnaryOp u) {
            if (u.op() == dev.tint.ast.UnaryOperator.NEG && u.operand() instanceof Expr.Constant c
                    && (c.value() instanceof Long || c.value() instanceof Double
                    || c.value() instanceof java.math.BigInteger)) {
                return new LogicNodes.Const(span, dev.tint.eval.runtime.Arith.neg(c.value()));
            }
            return dev.tint.eval.nodes.UnaryNodes.create(span, u.op(), expr(u.operand()));
        } else if (e instanceof Expr.BoolOp b) {
            ExprNode[] values = b.values().stream().map(this::expr).toArray(ExprNode[]::new);
            return b.isAnd() ? new LogicNodes.And(span, values) : new LogicNodes.Or(span, values);
        } else if (e instanceof Expr.Compare c) {
            return CompareNodes.create(span, expr(c.left()), c.ops().toArray(new CompareOperator[0]),
                    c.comparators().stream().map(this::expr).toArray(ExprNode[]::new));
        } else if (e instanceof Expr.IfExp i) {
            return new LogicNodes.IfExp(span, expr(i.test()), expr(i.body()), expr(i.orelse()));
        } else if (e instanceof Expr.Lambda l) {
            return makeFunction(l, "<lambda>", l.parameters(), null, l.body(), null);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.Attribute a) {
            return new AccessNodes.GetAttr(span, expr(a.value()), a.attr());
        } else if (e instanceof Expr.Subscript s) {
            return new AccessNodes.GetItem(span, expr(s.value()), expr(s.index()));
        } else if (e instanceof Expr.Slice s) {
            return new AccessNodes.SliceNode(span, optional(s.lower()), optional(s.upper()), optional(s.step()));
        } else if (e instanceof Expr.ListDisplay l) {
            return new DisplayNodes.ListNode(span, elements(l.elements()));
        } else if (e instanceof Expr.Tuple t) {
            return new DisplayNodes.TupleNode(span, elements(t.elements()));
        } else if (e instanceof Expr.SetDisplay s) {
            return new DisplayNodes.SetNode(span, elements(s.elements()));
        } else if (e instanceof Expr.DictDisplay d) {
            ExprNode[] keys = new ExprNode[d.keys().size()];
            ExprNode[] values = new ExprNode[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                values[i] = expr(d.values().get(i));
            }
            return new DisplayNodes.DictNode(span, keys, values);
        } else if (e instanceof Expr.ListComp c) {
            return comprehension(c, Comprehension.Kind.LIST, "<listcomp>", c.generators(), c.element(), null);
        } else if (e instanceof Expr.SetComp c) {
            return comprehension(c, Comprehension.Kind.SET, "<setcomp>", c.generators(), c.element(), null);
        } else if (e instanceof Expr.DictComp c) {
            return comprehension(c, Comprehension.Kind.DICT, "<dictcomp>", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp g) {
            return comprehension(g, Comprehension.Kind.GENERATOR, "<genexpr>", g.generators(), g.element(), null);
        } else if (e instanceof Expr.JoinedStr j) {
            return new FStringNodes.Joined(span, j.parts().stream().map(this::expr).toArray(ExprNode[]::new));
        } else if (e instanceof Expr.FormattedValue fv) {
            return new FStringNodes.Field(span, expr(fv.value()), fv.conversion(),
                    fv.formatSpec() == null ? null : expr(fv.formatSpec()), fv.selfDocumenting());
        } else if (e instanceof Expr.Starred st) {
            throw new PySyntaxError("SyntaxError", "can't use starred expression here", source, span.line(),
                    span.column() + 1, span.endLine(), span.endColumn() + 1, false);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private ExprNode optional(Expr e) {
        return e == null ? null : expr(e);
    }

    private static Object constant(Object v) {
        if (v == Expr.Constant.NONE) {
            return PyNone.NONE;
        }
        if (v == Expr.Constant.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        }
        if (v instanceof String s) {
            return s.intern();
        }
        return v;
    }

    private DisplayNodes.Element[] elements(List<Expr> es) {
        DisplayNodes.Element[] out = new DisplayNodes.Element[es.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = es.get(i);
            out[i] = e instanceof Expr.Starred st ? new DisplayNodes.Element(expr(st.value()), true)
                    : new DisplayNodes.Element(expr(e), false);
        }
        return out;
    }

    private ExprNode call(Expr.Call c) {
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty()
                && c.keywords().isEmpty() && scope.kind == Scope.Kind.FUNCTION
                && scope.accessOf("super") == Scope.Access.GLOBAL) {
            return new dev.tint.eval.objects.SuperNode(c.span(), globals.cell("super"));
        }
        boolean simple = c.keywords().isEmpty() && c.args().stream().noneMatch(a -> a instanceof Expr.Starred);
        if (simple) {
            ExprNode[] args = c.args().stream().map(this::expr).toArray(ExprNode[]::new);
            if (c.func() instanceof Expr.Attribute a) {
                return new CallNodes.Method(c.span(), expr(a.value()), a.attr(), args, a.span());
            }
            return new CallNodes.Positional(c.span(), expr(c.func()), args);
        }
        CallNodes.Keyword[] keywords = c.keywords().stream()
                .map(k -> new CallNodes.Keyword(k.name(), expr(k.value()))).toArray(CallNodes.Keyword[]::new);
        return new CallNodes.General(c.span(), expr(c.func()), elements(c.args()), keywords);
    }

    private ExprNode comprehension(Expr node, Comprehension.Kind kind, String name, List<Expr.Comprehension> gens,
                                   Expr element, Expr value) {
        Scope cs = scopes.get(node);
        ExprNode firstIterable = expr(gens.get(0).iter());
        Compiler inner = new Compiler(source, scopes, cs, globals, builtins, childPrefix(name), false);
        Comprehension.Clause[] clauses = new Comprehension.Clause[gens.size()];
        for (int i = 0; i < clauses.length; i++) {
            Expr.Comprehension g = gens.get(i);
            ExprNode iterable = i == 0 ? firstIterable : inner.expr(g.iter());
            ExprNode[] conditions = g.ifs().stream().map(inner::expr).toArray(ExprNode[]::new);
            clauses[i] = new Comprehension.Clause(inner.target(g.target()), iterable, conditions);
        }
        ExprNode elementNode = inner.expr(element);
        ExprNode valueNode = value == null ? null : inner.expr(value);
        String codeName = kind == Comprehension.Kind.GENERATOR ? "<genexpr>" : scopeCodeName();
        CodeInfo info = new CodeInfo(codeName, source, cs.slotNames(), node.span().line());
        return new Comprehension(node.span(), kind, info, cs.slotCount(), cs.cellSlots(), cs.freeSlots(),
                closureSlots(cs), clauses, elementNode, valueNode);
    }

    private String scopeCodeName() {
        return scope.kind == Scope.Kind.MODULE ? "<module>" : scope.name;
    }

    Source source() {
        return source;
    }

    Namespace globals() {
        return globals;
    }

    Namespace builtins() {
        return builtins;
    }

    Scope scope() {
        return scope;
    }

    IdentityHashMap<Object, Scope> scopes() {
        return scopes;
    }

    Compiler forScope(Scope s, String prefix) {
        return new Compiler(source, scopes, s, globals, builtins, prefix, false);
    }

    StmtNode compileBlock(List<Stmt> body) {
        return block(body);
    }
}
