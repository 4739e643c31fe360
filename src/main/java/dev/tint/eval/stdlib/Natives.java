package dev.tint.eval.stdlib;

import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.BuiltinFunction;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.Iteration;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the Java-native standard library modules. */
final class Natives {
    private Natives() {}

    /** A module with the given name and a {@code __doc__}. */
    static PyModule module(String name, String doc) {
        Namespace ns = new Namespace();
        PyModule m = new PyModule(name, ns);
        ns.set("__doc__", doc == null ? PyNone.NONE : doc);
        return m;
    }

    static void def(PyModule m, String name, BuiltinFunction body) {
        m.namespace().set(name, new PyBuiltin(name, null, body));
    }

    static void def(PyModule m, String name, String doc, BuiltinFunction body) {
        m.namespace().set(name, new PyBuiltin(name, doc, body));
    }

    static void set(PyModule m, String name, Object value) {
        m.namespace().set(name, value);
    }

    /** The positional arguments (without keyword values). */
    static int positional(Object[] args, String[] kwnames) {
        return Args.positionalCount(args, kwnames);
    }

    /** Keyword argument value or null. */
    static Object kw(Object[] args, String[] kwnames, String name) {
        return Args.keyword(kwnames, args, name);
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** An int argument as CPython's __index__ conversion: bool/int, or a user object's __index__. */
    static Object index(Object o) {
        Object v = Ops.asIndexOrNull(o);
        if (v == null) {
            throw Errors.type("'%s' object cannot be interpreted as an integer", Ops.typeName(o));
        }
        return v;
    }

    static BigInteger bigIndex(Object o) {
        return Ints.big(index(o));
    }

    /** A user object's special method result, or null when it has none. */
    static Object userDunder(Object o, String name) {
        if (o instanceof PyObject && !"builtins".equals(Ops.typeOf(o).module())
                && !(o instanceof dev.tint.eval.runtime.PyType)) {
            Object m = Ops.findAttr(o, name);
            if (m != null) {
                return Ops.call(m);
            }
        }
        return null;
    }

    /** A float argument as math functions convert it: "must be real number, not str". */
    static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (o instanceof BigInteger) {
            return Ints.toDouble(o);
        }
        Object f = userDunder(o, "__float__");
        if (f instanceof Double d) {
            return d;
        }
        if (f != null) {
            throw Errors.type("%s.__float__ returned non-float (type %s)", Ops.typeName(o), Ops.typeName(f));
        }
        Object i = userDunder(o, "__index__");
        if (i != null && isInt(i)) {
            return Ints.toDouble(i);
        }
        throw Errors.type("must be real number, not %s", Ops.typeName(o));
    }

    static List<Object> list(Object iterable) {
        List<Object> out = new ArrayList<>();
        PyIterator it = Iteration.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            out.add(v);
        }
        return out;
    }

    static PyList pyList(List<Object> items) {
        PyList l = new PyList(items.size());
        for (Object o : items) {
            l.append(o);
        }
        return l;
    }

    /** "f() takes exactly one argument (2 given)" for module functions named like CPython's "math.sqrt". */
    static void exactlyOne(String name, Object[] args, String[] kwnames) {
        Args.noKeywords(name, kwnames);
        if (args.length != 1) {
            throw Errors.type("%s() takes exactly one argument (%d given)", name, args.length);
        }
    }

    /**
     * Argument Clinic style parsing: {@code names} are the parameters in order, the first
     * {@code positional} of them may be given by position, the first {@code required} are
     * required. Returns the values by parameter, null where not given.
     */
    static Object[] parse(String fn, Object[] args, String[] kwnames, String[] names, int positional, int required) {
        int npos = positional(args, kwnames);
        if (npos > positional) {
            if (positional == names.length) {
                throw Errors.type("%s() takes at most %d argument%s (%d given)", fn, positional,
                        positional == 1 ? "" : "s", npos);
            }
            throw Errors.type("%s() takes at most %d positional argument%s (%d given)", fn, positional,
                    positional == 1 ? "" : "s", npos);
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        if (kwnames != null) {
            outer:
            for (int k = 0; k < kwnames.length; k++) {
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(kwnames[k])) {
                        if (out[i] != null) {
                            throw Errors.type("argument for %s() given by name ('%s') and position (%d)", fn,
                                    names[i], i + 1);
                        }
                        out[i] = args[npos + k];
                        continue outer;
                    }
                }
                throw Errors.type("%s() got an unexpected keyword argument '%s'", fn, kwnames[k]);
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Errors.type("%s() missing required argument '%s' (pos %d)", fn, names[i], i + 1);
            }
        }
        return out;
    }

    /** "pow expected 2 arguments, got 1". */
    static void exactly(String name, Object[] args, String[] kwnames, int n) {
        Args.noKeywords(name, kwnames);
        if (args.length != n) {
            throw Errors.type("%s expected %d argument%s, got %d", name, n, n == 1 ? "" : "s", args.length);
        }
    }
}
