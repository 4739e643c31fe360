package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.Attributes;
import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.FormatErrors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Strs;
import dev.tint.eval.runtime.TextOfValues;
import dev.tint.eval.text.FloatMath;
import dev.tint.eval.text.FormatException;
import dev.tint.error.ScriptError;
import java.math.BigInteger;
import java.util.List;

/**
 * The builtin functions that compute: len, abs, round, divmod, pow, any, all, chr, ord, hex,
 * oct, bin, hash, id, repr, ascii, format, callable, the attribute functions, isinstance,
 * issubclass, sorted, min, max and sum.
 */
final class CoreFunctions {
    private CoreFunctions() {}

    private static final Params ROUND = new Params("round", 0, 1, 2, "number", "ndigits");
    private static final Params POW = new Params("pow", 0, 2, 3, "base", "exp", "mod");
    private static final Params SUM = new Params("sum", 1, 1, 2, "iterable", "start");
    private static final Params SORT = new Params("sort", 0, 0, 0, "key", "reverse");

    static Object len(Object[] a, String[] k) {
        return Ops.len(Check.oneArg("len", a, k));
    }

    static Object abs(Object[] a, String[] k) {
        Object x = Check.oneArg("abs", a, k);
        if (x instanceof Long l) {
            return l >= 0 ? l : l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof BigInteger b) {
            return Ints.normalize(b.abs());
        }
        Object r = Dunders.call(x, "__abs__");
        if (r != null) {
            return r;
        }
        throw Errors.type("bad operand type for abs(): '%s'", Ops.typeName(x));
    }

    static Object round(Object[] a, String[] k) {
        Object[] p = ROUND.bind(a, k);
        Object x = p[0];
        Object nd = p[1] == PyNone.NONE ? null : p[1];
        try {
            if (x instanceof Double d) {
                if (nd == null) {
                    Number n = FloatMath.roundToInt(d);
                    return n instanceof BigInteger b ? Ints.normalize(b) : (Object) n.longValue();
                }
                return FloatMath.round(d, Check.indexClamped(nd));
            }
            if (Ints.isInt(x)) {
                Object v = NumberMethods.asInt(x);
                return nd == null ? v : roundInt(v, Check.indexClamped(nd));
            }
        } catch (FormatException e) {
            throw FormatErrors.toScriptError(e);
        }
        Object method = Dunders.find(x, "__round__");
        if (method != null) {
            return nd == null ? Ops.call(method) : Ops.call(method, nd);
        }
        throw Errors.type("type %s doesn't define __round__ method", Ops.typeName(x));
    }

    /** round(int, ndigits): ties to even at 10**-ndigits. */
    static Object roundInt(Object v, long ndigits) {
        if (ndigits >= 0) {
            return v;
        }
        BigInteger x = Ints.big(v);
        int digits = x.abs().toString().length();
        if (-ndigits > digits) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Ints.normalize(q.multiply(pow));
    }

    static Object divmod(Object[] a, String[] k) {
        Check.range("divmod", "divmod", a, k, 2, 2);
        Object x = a[0];
        Object y = a[1];
        if (Ints.isInt(x) && Ints.isInt(y)) {
            return PyTuple.pair(Arith.floorDiv(x, y), Arith.mod(x, y));
        }
        if ((x instanceof Double || Ints.isInt(x)) && (y instanceof Double || Ints.isInt(y))) {
            double dx = x instanceof Double d ? d : Ints.toDouble(x);
            double dy = y instanceof Double d ? d : Ints.toDouble(y);
            if (dy == 0.0) {
                throw Errors.zeroDivision("float divmod()");
            }
            double[] qr = FloatMath.divmod(dx, dy);
            return PyTuple.pair(qr[0], qr[1]);
        }
        Object r = Dunders.call(x, "__divmod__", y);
        if (r != null && r != dev.tint.eval.runtime.NotImplemented.VALUE) {
            return r;
        }
        r = Dunders.call(y, "__rdivmod__", x);
        if (r != null && r != dev.tint.eval.runtime.NotImplemented.VALUE) {
            return r;
        }
        throw Errors.type("unsupported operand type(s) for divmod(): '%s' and '%s'", Ops.typeName(x), Ops.typeName(y));
    }

    static Object pow(Object[] a, String[] k) {
        Object[] p = POW.bind(a, k);
        if (p[2] == null || p[2] == PyNone.NONE) {
            return Arith.pow(p[0], p[1]);
        }
        return Arith.powMod(p[0], p[1], p[2]);
    }

    static Object any(Object[] a, String[] k) {
        PyIterator it = Iteration.iter(Check.oneArg("any", a, k));
        for (Object v = it.next(); v != null; v = it.next()) {
            if (Ops.truthy(v)) {
                return true;
            }
        }
        return false;
    }

    static Object all(Object[] a, String[] k) {
        PyIterator it = Iteration.iter(Check.oneArg("all", a, k));
        for (Object v = it.next(); v != null; v = it.next()) {
            if (!Ops.truthy(v)) {
                return false;
            }
        }
        return true;
    }

    static Object chr(Object[] a, String[] k) {
        Object v = Check.intValue(Check.oneArg("chr", a, k));
        if (v instanceof BigInteger || (Long) v < 0 || (Long) v > 0x10FFFF) {
            throw Errors.value("chr() arg not in range(0x110000)");
        }
        return Strs.fromCodePoint((int) (long) (Long) v);
    }

    static Object ord(Object[] a, String[] k) {
        Object c = Check.oneArg("ord", a, k);
        if (!(c instanceof String s)) {
            throw Errors.type("ord() expected string of length 1, but %s found", Ops.typeName(c));
        }
        int n = Strs.length(s);
        if (n != 1) {
            throw Errors.type("ord() expected a character, but string of length %d found", n);
        }
        return (long) s.codePointAt(0);
    }

    static Object radix(String name, Object[] a, String[] k, int radix, String prefix) {
        Object v = Check.intValue(Check.oneArg(name, a, k));
        BigInteger b = Ints.big(v);
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    static Object hash(Object[] a, String[] k) {
        return Ops.hash(Check.oneArg("hash", a, k));
    }

    static Object id(Object[] a, String[] k) {
        Object o = Check.oneArg("id", a, k);
        return 0x7f0000000000L + ((long) System.identityHashCode(o) << 4);
    }

    static Object repr(Object[] a, String[] k) {
        return Ops.repr(Check.oneArg("repr", a, k));
    }

    static Object ascii(Object[] a, String[] k) {
        return TextOfValues.INSTANCE.ascii(Check.oneArg("ascii", a, k));
    }

    static Object format(Object[] a, String[] k) {
        Check.range("format", "format", a, k, 1, 2);
        String spec = a.length > 1 ? dev.tint.eval.runtime.Args.str("format", a[1], 2) : "";
        return StrFormat.formatValue(a[0], spec);
    }

    static Object callable(Object[] a, String[] k) {
        Object o = Check.oneArg("callable", a, k);
        if (o instanceof dev.tint.eval.objects.PyInstance) {
            // Instances of user classes are callable only through a __call__ method.
            return Ops.typeOf(o).lookup("__call__") != null;
        }
        return Ops.isCallable(o);
    }

    // ---- attributes ----

    private static String attrName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw Errors.type("attribute name must be string, not '%s'", Ops.typeName(name));
    }

    static Object getattr(Object[] a, String[] k) {
        Check.range("getattr", "getattr", a, k, 2, 3);
        String name = attrName(a[1]);
        if (a.length == 2) {
            return Ops.getAttr(a[0], name);
        }
        try {
            Object v = Ops.findAttr(a[0], name);
            return v != null ? v : a[2];
        } catch (ScriptError e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return a[2];
            }
            throw e;
        }
    }

    static Object hasattr(Object[] a, String[] k) {
        Check.range("hasattr", "hasattr", a, k, 2, 2);
        String name = attrName(a[1]);
        try {
            return Ops.findAttr(a[0], name) != null;
        } catch (ScriptError e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
    }

    static Object setattr(Object[] a, String[] k) {
        Check.range("setattr", "setattr", a, k, 3, 3);
        Ops.setAttr(a[0], attrName(a[1]), a[2]);
        return PyNone.NONE;
    }

    static Object delattr(Object[] a, String[] k) {
        Check.range("delattr", "delattr", a, k, 2, 2);
        String name = attrName(a[1]);
        if (!(a[0] instanceof dev.tint.eval.runtime.PyDeletable) && !(a[0] instanceof PyType)
                && Ops.findAttr(a[0], name) == null) {
            throw Errors.attribute("'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                    Ops.typeName(a[0]), name);
        }
        Attributes.delete(a[0], name);
        return PyNone.NONE;
    }

    static Object dir(Object[] a, String[] k) {
        Check.range("dir", "dir", a, k, 0, 1);
        if (a.length == 0) {
            throw Errors.type("dir() without an argument is not supported in Tint");
        }
        List<String> names = Attributes.names(a[0]);
        PyList out = new PyList(names.size());
        for (String n : names) {
            out.append(n);
        }
        return out;
    }

    // ---- isinstance / issubclass ----

    static Object isinstance(Object[] a, String[] k) {
        Check.range("isinstance", "isinstance", a, k, 2, 2);
        return isInstance(a[0], a[1]);
    }

    private static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t) {
            return Ops.isInstance(obj, t);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items()) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static Object issubclass(Object[] a, String[] k) {
        Check.range("issubclass", "issubclass", a, k, 2, 2);
        if (!(a[0] instanceof PyType)) {
            throw Errors.type("issubclass() arg 1 must be a class");
        }
        return isSubclass((PyType) a[0], a[1]);
    }

    private static boolean isSubclass(PyType t, Object cls) {
        if (cls instanceof PyType c) {
            return t.isSubtypeOf(c);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items()) {
                if (isSubclass(t, c)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    // ---- sorted, min, max, sum ----

    static Object sorted(Object[] a, String[] k) {
        int npos = Check.positional(a, k);
        if (npos != 1) {
            throw Errors.type("sorted expected 1 argument, got %d", npos);
        }
        PyList list = Constructors.listOf(a[0]);
        Object[] kw = new Object[a.length - 1];
        System.arraycopy(a, 1, kw, 0, kw.length);
        Object[] p = SORT.bind(kw, k);
        Sorting.sortList(list, p[0], p[1] != null && Ops.truthy(p[1]));
        return list;
    }

    private static final List<String> MIN_MAX_KEYWORDS = List.of("key", "default");

    static Object minMax(Object[] a, String[] k, boolean max) {
        String name = max ? "max" : "min";
        int npos = Check.positional(a, k);
        if (npos == 0) {
            throw Errors.type("%s expected at least 1 argument, got 0", name);
        }
        Object key = null;
        Object dflt = null;
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                Object v = a[npos + i];
                if (k[i].equals("key")) {
                    key = v == PyNone.NONE ? null : v;
                } else if (k[i].equals("default")) {
                    dflt = v;
                } else {
                    throw Errors.type("%s() got an unexpected keyword argument '%s'%s", name, k[i],
                            Suggestions.didYouMean(k[i], MIN_MAX_KEYWORDS));
                }
            }
        }
        if (npos > 1 && dflt != null) {
            throw Errors.type("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyIterator it = npos == 1 ? Iteration.iter(a[0])
                : new Iteration.ArrayIterator(a, npos, "tuple_iterator");
        Object best = null;
        Object bestKey = null;
        for (Object v = it.next(); v != null; v = it.next()) {
            Object vk = key == null ? v : Ops.call(key, v);
            if (best == null) {
                best = v;
                bestKey = vk;
            } else if (max ? Comparisons.gt(vk, bestKey) : Comparisons.lt(vk, bestKey)) {
                best = v;
                bestKey = vk;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.value("%s() iterable argument is empty", name);
        }
        return best;
    }

    static Object sum(Object[] a, String[] k) {
        Object[] p = SUM.bind(a, k);
        Object result = p[1] == null ? (Object) 0L : p[1];
        if (result instanceof String) {
            throw Errors.type("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyIterator it = Iteration.iter(p[0]);
        if (result instanceof Long start) {
            long acc = start;
            Object item;
            while (true) {
                item = it.next();
                if (item == null) {
                    return acc;
                }
                long b;
                if (item instanceof Long l) {
                    b = l;
                } else if (item instanceof Boolean bool) {
                    b = bool ? 1 : 0;
                } else {
                    break;
                }
                long r = acc + b;
                if (((acc ^ r) & (b ^ r)) < 0) {
                    break;
                }
                acc = r;
            }
            result = Arith.add(acc, item);
            if (!(result instanceof Double)) {
                return addRest(result, it);
            }
        }
        if (result instanceof Double start) {
            double f = start;
            double c = 0.0;
            while (true) {
                Object item = it.next();
                if (item == null) {
                    if (c != 0.0 && Double.isFinite(c)) {
                        f += c;
                    }
                    return f;
                }
                if (item instanceof Double d) {
                    double x = d;
                    double t = f + x;
                    if (Math.abs(f) >= Math.abs(x)) {
                        c += (f - t) + x;
                    } else {
                        c += (x - t) + f;
                    }
                    f = t;
                    continue;
                }
                if (item instanceof Long l) {
                    f += (double) l;
                    continue;
                }
                if (item instanceof Boolean b) {
                    f += b ? 1.0 : 0.0;
                    continue;
                }
                if (c != 0.0 && Double.isFinite(c)) {
                    f += c;
                }
                return addRest(Arith.add(f, item), it);
            }
        }
        return addRest(result, it);
    }

    private static Object addRest(Object result, PyIterator it) {
        for (Object v = it.next(); v != null; v = it.next()) {
            result = Arith.add(result, v);
        }
        return result;
    }
}
