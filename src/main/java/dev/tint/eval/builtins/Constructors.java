package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.FormatErrors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.NotImplemented;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyEllipsis;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyBigRange;
import dev.tint.eval.runtime.PyRange;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PySlice;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.SetOps;
import dev.tint.eval.text.FloatMath;
import dev.tint.eval.text.FormatException;
import dev.tint.eval.text.NumberParser;
import java.math.BigInteger;

/** Calling the built-in types: {@code int(x)}, {@code list(it)}, {@code range(a, b)} ... */
public final class Constructors {
    private Constructors() {}

    private static final Params INT = new Params("int", 1, 0, 2, "x", "base");
    private static final Params STR = new Params("str", 0, 0, 3, "object", "encoding", "errors");

    /** An instance of plain {@code object}. */
    static final class PlainObject implements PyObject {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    static void install() {
        PyType.INT.setConstructor(Constructors::newInt);
        PyType.BOOL.setConstructor((a, k) -> {
            Check.range("bool", "bool", a, k, 0, 1);
            return a.length == 1 && Ops.truthy(a[0]);
        });
        PyType.FLOAT.setConstructor((a, k) -> {
            Check.range("float", "float", a, k, 0, 1);
            return a.length == 0 ? 0.0 : toFloat(a[0]);
        });
        PyType.STR.setConstructor(Constructors::newStr);
        PyType.LIST.setConstructor((a, k) -> {
            Check.range("list", "list", a, k, 0, 1);
            return a.length == 0 ? new PyList() : listOf(a[0]);
        });
        PyType.TUPLE.setConstructor((a, k) -> {
            Check.range("tuple", "tuple", a, k, 0, 1);
            return a.length == 0 ? PyTuple.EMPTY : tupleOf(a[0]);
        });
        PyType.DICT.setConstructor((a, k) -> {
            int npos = Check.positional(a, k);
            if (npos > 1) {
                throw Errors.type("dict expected at most 1 argument, got %d", npos);
            }
            PyDict d = new PyDict();
            DictMethods.update(d, a, k);
            return d;
        });
        PyType.SET.setConstructor((a, k) -> {
            Check.range("set", "set", a, k, 0, 1);
            return a.length == 0 ? new PySet() : SetOps.fromIterable(a[0], false);
        });
        PyType.FROZENSET.setConstructor((a, k) -> {
            Check.range("frozenset", "frozenset", a, k, 0, 1);
            if (a.length == 1 && a[0] instanceof PySet s && s.isFrozen()) {
                return s;
            }
            return a.length == 0 ? new PySet(true) : SetOps.fromIterable(a[0], true);
        });
        PyType.RANGE.setConstructor((a, k) -> {
            Check.range("range", "range", a, k, 1, 3);
            if (a.length == 1) {
                return PyBigRange.of(0L, Check.intValue(a[0]), 1L);
            }
            return PyBigRange.of(Check.intValue(a[0]), Check.intValue(a[1]), a.length == 3 ? Check.intValue(a[2]) : 1L);
        });
        PyType.SLICE.setConstructor((a, k) -> {
            Check.range("slice", "slice", a, k, 1, 3);
            if (a.length == 1) {
                return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
            }
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : PyNone.NONE);
        });
        PyType.OBJECT.setConstructor((a, k) -> {
            if (a.length != 0) {
                throw Errors.type("object() takes no arguments");
            }
            return new PlainObject();
        });
        PyType.TYPE.setConstructor((a, k) -> {
            int npos = Check.positional(a, k);
            if (npos == 1 && a.length > 1) {
                throw Errors.type("type() takes no keyword arguments");
            }
            if (npos != 1 && npos != 3) {
                throw Errors.type("type() takes 1 or 3 arguments");
            }
            if (a.length == 3) {
                throw Errors.type("type() with 3 arguments is not supported in Tint");
            }
            return Ops.typeOf(a[0]);
        });
        singleton(PyType.NONE_TYPE, PyNone.NONE);
        singleton(PyType.NOT_IMPLEMENTED_TYPE, NotImplemented.VALUE);
        singleton(PyType.ELLIPSIS_TYPE, PyEllipsis.ELLIPSIS);
    }

    private static void singleton(PyType t, Object value) {
        t.setConstructor((a, k) -> {
            if (a.length != 0) {
                throw Errors.type("%s takes no arguments", t.name());
            }
            return value;
        });
    }

    // ---- int ----

    private static Object newInt(Object[] a, String[] k) {
        if (k == null && a.length > 2) {
            throw Errors.type("int expected at most 2 arguments, got %d", a.length);
        }
        Object[] p = INT.bind(a, k);
        if (p[1] == null) {
            return p[0] == null ? (Object) 0L : toInt(p[0]);
        }
        if (p[0] == null) {
            throw Errors.type("int() missing string argument");
        }
        long base = Check.indexClamped(p[1]);
        if (!(p[0] instanceof String s)) {
            throw Errors.type("int() can't convert non-string with explicit base");
        }
        return parseInt(s, base < Integer.MIN_VALUE || base > Integer.MAX_VALUE ? -1 : (int) base);
    }

    static Object parseInt(String s, int base) {
        try {
            return normalize(NumberParser.parseInt(s, base));
        } catch (FormatException e) {
            throw FormatErrors.toScriptError(e);
        }
    }

    private static Object normalize(Number n) {
        return n instanceof BigInteger b ? Ints.normalize(b) : (Object) n.longValue();
    }

    /** {@code int(x)} for one argument. */
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            try {
                return normalize(FloatMath.truncToInt(d));
            } catch (FormatException e) {
                throw FormatErrors.toScriptError(e);
            }
        }
        if (x instanceof String s) {
            return parseInt(s, 10);
        }
        Object r = Dunders.call(x, "__int__");
        if (r != null) {
            if (!Ints.isInt(r)) {
                throw Errors.type("__int__ returned non-int (type %s)", Ops.typeName(r));
            }
            return NumberMethods.asInt(r);
        }
        r = Dunders.index(x);
        if (r != null) {
            return NumberMethods.asInt(r);
        }
        throw Errors.type("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                Ops.typeName(x));
    }

    // ---- float ----

    /** {@code float(x)} for one argument. */
    public static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (Ints.isInt(x)) {
            return Ints.toDouble(x);
        }
        if (x instanceof String s) {
            try {
                return NumberParser.parseFloat(s);
            } catch (FormatException e) {
                throw FormatErrors.toScriptError(e);
            }
        }
        Object r = Dunders.call(x, "__float__");
        if (r != null) {
            if (!(r instanceof Double d)) {
                throw Errors.type("%s.__float__ returned non-float (type %s)", Ops.typeName(x), Ops.typeName(r));
            }
            return d;
        }
        r = Dunders.index(x);
        if (r != null) {
            return Ints.toDouble(r);
        }
        throw Errors.type("float() argument must be a string or a real number, not '%s'", Ops.typeName(x));
    }

    // ---- str ----

    private static Object newStr(Object[] a, String[] k) {
        if (k == null && a.length > 3) {
            throw Errors.type("str expected at most 3 arguments, got %d", a.length);
        }
        Object[] p = STR.bind(a, k);
        if (p[1] == null && p[2] == null) {
            return p[0] == null ? "" : Ops.str(p[0]);
        }
        if (p[1] != null && !(p[1] instanceof String)) {
            throw Errors.type("str() argument 'encoding' must be str, not %s", Ops.typeName(p[1]));
        }
        if (p[2] != null && !(p[2] instanceof String)) {
            throw Errors.type("str() argument 'errors' must be str, not %s", Ops.typeName(p[2]));
        }
        Object o = p[0] == null ? "" : p[0];
        if (o instanceof String) {
            throw Errors.type("decoding str is not supported");
        }
        throw Errors.type("decoding to str: need a bytes-like object, %s found", Ops.typeName(o));
    }

    // ---- sequences ----

    /** {@code list(iterable)}: a new list of the items. */
    public static PyList listOf(Object iterable) {
        if (iterable instanceof PyList l) {
            return PyList.adopt(l.toArray(), l.size());
        }
        if (iterable instanceof PyTuple t) {
            return PyList.adopt(t.items().clone(), t.size());
        }
        if (iterable instanceof PyRange r) {
            long n = r.length();
            if (n > Integer.MAX_VALUE - 16) {
                throw Errors.raise(dev.tint.eval.runtime.ExceptionTypes.MEMORY_ERROR, null);
            }
            Object[] items = new Object[(int) n];
            for (int i = 0; i < n; i++) {
                items[i] = r.get(i);
            }
            return PyList.adopt(items, items.length);
        }
        PyIterator it = Iteration.iter(iterable);
        PyList out = new PyList();
        for (Object v = it.next(); v != null; v = it.next()) {
            out.append(v);
        }
        return out;
    }

    /** {@code tuple(iterable)}. */
    public static PyTuple tupleOf(Object iterable) {
        if (iterable instanceof PyTuple t) {
            return t;
        }
        PyList l = listOf(iterable);
        return PyTuple.of(l.toArray());
    }
}
