package dev.tint.eval.builtins;

import dev.tint.eval.nodes.FunctionCode;
import dev.tint.eval.nodes.PyFunction;
import dev.tint.eval.objects.PyClass;
import dev.tint.eval.objects.PyStaticMethod;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBoundMethod;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;
import java.util.ArrayList;
import java.util.List;

/**
 * Signatures as pydoc shows them: {@code str(inspect.signature(obj))} through
 * {@code Signature.format(max_width=...)}, e.g. {@code (a, b=2, /, *args, c, **kw) -> int}.
 */
final class HelpSignature {
    private enum Kind { POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }

    private record Param(String text, Kind kind) {}

    /** A parsed signature: its parameters and return annotation (null when it has none). */
    private record Sig(List<Param> params, Object returns) {}

    private HelpSignature() {}

    /**
     * pydoc's _getargspec: the parenthesized parameter list help() shows after a routine's or
     * class's name, or null when there is no signature (help() then shows {@code (...)}).
     */
    static String argspec(Object o) {
        Sig sig = signature(o);
        if (sig == null) {
            return o instanceof PyBuiltin b ? builtinArgspec(b) : null;
        }
        Object name = Ops.findAttr(o, "__name__");
        String n = name instanceof String s ? s : "";
        return format(sig, n.equals("<lambda>") ? -1 : 80 - n.length());
    }

    /** A builtin's text signature from BuiltinDocs, without its name ({@code dir(...)} has none). */
    private static String builtinArgspec(PyBuiltin b) {
        String[] doc = BuiltinDocs.DOCS.get(b.name());
        if (doc == null || !doc[0].startsWith(b.name() + "(") || doc[0].equals(b.name() + "(...)")) {
            return null;
        }
        return doc[0].substring(b.name().length());
    }

    private static Sig signature(Object o) {
        if (o instanceof PyFunction fn) {
            Object inner = unwrap(fn);
            return inner instanceof PyFunction f ? of(f) : signature(inner);
        }
        if (o instanceof PyBoundMethod m && !(m.function() instanceof dev.tint.eval.runtime.PyMethodDescriptor)) {
            Sig sig = signature(m.function());
            return sig == null ? null : bound(sig);
        }
        if (o instanceof PyClass c) {
            return classSignature(c);
        }
        return null;
    }

    /** inspect.unwrap: follows {@code __wrapped__} (set by functools.wraps). */
    private static Object unwrap(PyFunction fn) {
        Object f = fn;
        for (int i = 0; i < 100 && f instanceof PyFunction pf; i++) {
            Object w = pf.findAttribute("__wrapped__");
            if (w == null) {
                break;
            }
            f = w;
        }
        return f;
    }

    private static Sig of(PyFunction fn) {
        FunctionCode code = fn.code();
        String[] names = code.parameterNames();
        Object[] defaults = fn.defaults();
        int npos = code.positionalCount();
        int firstDefault = npos - defaults.length;
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < npos; i++) {
            params.add(new Param(param(fn, names[i], i >= firstDefault ? defaults[i - firstDefault] : null),
                    i < code.positionalOnlyCount() ? Kind.POSITIONAL_ONLY : Kind.POSITIONAL_OR_KEYWORD));
        }
        int next = npos;
        if (code.hasVarargs()) {
            params.add(new Param("*" + param(fn, names[next], null), Kind.VAR_POSITIONAL));
            next++;
        }
        for (int i = 0; i < code.keywordOnlyCount(); i++, next++) {
            params.add(new Param(param(fn, names[next], fn.kwDefault(names[next])), Kind.KEYWORD_ONLY));
        }
        if (code.hasKwargs()) {
            params.add(new Param("**" + param(fn, names[next], null), Kind.VAR_KEYWORD));
        }
        return new Sig(params, fn.annotation("return"));
    }

    /** inspect.Parameter.__str__ without the * or ** of var parameters. */
    private static String param(PyFunction fn, String name, Object dflt) {
        Object annotation = fn.annotation(name);
        String s = annotation == null ? name : name + ": " + annotation(annotation);
        if (dflt != null) {
            s += (annotation == null ? "=" : " = ") + Reprs.repr(dflt);
        }
        return s;
    }

    /** inspect.formatannotation: classes by (qualified) name, anything else by repr. */
    private static String annotation(Object a) {
        if (a instanceof PyType t) {
            return "builtins".equals(t.module()) ? t.qualname() : t.module() + "." + t.qualname();
        }
        return Reprs.repr(a);
    }

    /** _signature_bound_method: the first parameter dropped (kept when it is *args); null if there is none. */
    private static Sig bound(Sig sig) {
        List<Param> ps = sig.params();
        if (ps.isEmpty() || ps.get(0).kind() == Kind.KEYWORD_ONLY || ps.get(0).kind() == Kind.VAR_KEYWORD) {
            return null;
        }
        if (ps.get(0).kind() == Kind.VAR_POSITIONAL) {
            return sig;
        }
        return new Sig(ps.subList(1, ps.size()), sig.returns());
    }

    /**
     * A class's signature: its first user-defined {@code __new__} or {@code __init__} along the
     * MRO, without its first parameter; {@code ()} for a class that has neither (object's); null
     * when only a built-in exception's __init__ is there (CPython finds no signature then).
     */
    private static Sig classSignature(PyClass c) {
        Object init = userDefined(c.lookup("__init__"));
        Object nw = userDefined(c.lookup("__new__"));
        for (PyType t = c; t != null; t = t.base()) {
            if (nw != null && owns(t, "__new__")) {
                Sig sig = signature(nw);
                return sig == null ? null : bound(sig);
            }
            if (init != null && owns(t, "__init__")) {
                Sig sig = signature(init);
                return sig == null ? null : bound(sig);
            }
        }
        for (PyType t = c; t != null; t = t.base()) {
            if (t.isExceptionType() && !(t instanceof PyClass)) {
                return null;
            }
        }
        return new Sig(List.of(), null);
    }

    private static Object userDefined(Object v) {
        if (v instanceof PyStaticMethod s) {
            v = s.function();
        }
        return v instanceof PyFunction ? v : null;
    }

    private static boolean owns(PyType t, String name) {
        if (t instanceof PyClass) {
            return t.dict().containsKey(name);
        }
        return true; // object and every built-in exception define __new__ and __init__ (or inherit ones that do)
    }

    /** Signature.format: one line, or one parameter a line when longer than maxWidth (negative: no limit). */
    private static String format(Sig sig, int maxWidth) {
        List<String> result = new ArrayList<>();
        boolean posOnlySeparator = false;
        boolean kwOnlySeparator = true;
        for (Param p : sig.params()) {
            if (p.kind() == Kind.POSITIONAL_ONLY) {
                posOnlySeparator = true;
            } else if (posOnlySeparator) {
                result.add("/");
                posOnlySeparator = false;
            }
            if (p.kind() == Kind.VAR_POSITIONAL) {
                kwOnlySeparator = false;
            } else if (p.kind() == Kind.KEYWORD_ONLY && kwOnlySeparator) {
                result.add("*");
                kwOnlySeparator = false;
            }
            result.add(p.text());
        }
        if (posOnlySeparator) {
            result.add("/");
        }
        String rendered = "(" + String.join(", ", result) + ")";
        if (maxWidth >= 0 && rendered.length() > maxWidth) {
            rendered = "(\n    " + String.join(",\n    ", result) + "\n)";
        }
        if (sig.returns() != null) {
            rendered += " -> " + annotation(sig.returns());
        }
        return rendered;
    }
}
