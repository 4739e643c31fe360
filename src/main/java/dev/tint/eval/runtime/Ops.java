package dev.tint.eval.runtime;

import dev.tint.eval.text.FloatMath;
import java.math.BigInteger;

/**
 * The object protocol: type, truth, equality, hashing, attributes, items, length, iteration and
 * calls for every kind of value. Operators live in {@link Arith} and {@link Comparisons}, text
 * conversions in {@link Reprs}.
 */
public final class Ops {
    private Ops() {}

    public static PyType typeOf(Object o) {
        if (o instanceof PyObject p) {
            return p.type();
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return PyType.INT;
        }
        if (o instanceof String) {
            return PyType.STR;
        }
        if (o instanceof Double) {
            return PyType.FLOAT;
        }
        if (o instanceof Boolean) {
            return PyType.BOOL;
        }
        throw new IllegalStateException("not a Tint value: " + (o == null ? "null" : o.getClass()));
    }

    public static String typeName(Object o) {
        return typeOf(o).name();
    }

    public static boolean isInstance(Object o, PyType type) {
        return typeOf(o).isSubtypeOf(type);
    }

    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyList l) {
            return l.size() != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof PyTuple t) {
            return t.size() != 0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof PySet s) {
            return s.size() != 0;
        }
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (o instanceof PyRange r) {
            return r.length() != 0;
        }
        if (o instanceof DictView v) {
            return v.dict().size() != 0;
        }
        if (o instanceof PyTruthy t) {
            return t.truthy();
        }
        return true;
    }

    // ---- equality and hashing ----

    public static boolean eq(Object a, Object b) {
        return Comparisons.eq(a, b);
    }

    public static long hash(Object o) {
        if (o instanceof String s) {
            long h = s.hashCode();
            return h == -1 ? -2 : h;
        }
        if (o instanceof Long l) {
            return Ints.hash(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return FloatMath.hash(d);
        }
        if (o instanceof BigInteger b) {
            return Ints.hash(b);
        }
        if (o instanceof PyTuple t) {
            return tupleHash(t);
        }
        if (o instanceof PySet s && s.isFrozen()) {
            return frozensetHash(s);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof DictView) {
            throw Errors.type("unhashable type: '%s'", typeName(o));
        }
        if (o instanceof PyHashable h) {
            return h.pyHash();
        }
        long h = System.identityHashCode(o);
        return h == -1 ? -2 : h;
    }

    /** CPython 3.13's tuple hash (xxHash-based), so hash((1, 2)) prints the same number. */
    private static long tupleHash(PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : t.items()) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** CPython's frozenset hash. */
    private static long frozensetHash(PySet s) {
        long hash = 0;
        for (int i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1)) {
            long h = s.hashAt(i);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        if ((s.size() & 1) != 0) {
            hash ^= ((0 ^ 89869747L) ^ 0) * 3644798167L;
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    // ---- text ----

    public static String repr(Object o) {
        return Reprs.repr(o);
    }

    public static String str(Object o) {
        return Reprs.str(o);
    }

    // ---- indices ----

    /**
     * CPython's {@code operator.index(o)} for objects that are not already ints: the result of a
     * user class's {@code __index__} as a Long or BigInteger (a bool result counts as an int), or
     * null when o is a built-in value or its class defines no {@code __index__}. Callers test for
     * Long/Boolean/BigInteger first, so the fast path never reaches here.
     */
    public static Object userIndex(Object o) {
        if (!(o instanceof PyObject) || o instanceof PyType || "builtins".equals(typeOf(o).module())) {
            return null;
        }
        Object m = findAttr(o, "__index__");
        if (m == null) {
            return null;
        }
        Object r = call(m);
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        }
        if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw Errors.type("__index__ returned non-int (type %s)", typeName(r));
    }

    /** {@code operator.index(o)}: an int (Long or BigInteger), or null when o has no __index__. */
    public static Object asIndexOrNull(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return userIndex(o);
    }

    /**
     * An int used as an index or count (CPython's PyNumber_AsSsize_t with IndexError): bools count
     * as ints, user objects convert through __index__.
     */
    public static long indexValue(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        return indexValueSlow(o, o);
    }

    private static long indexValueSlow(Object o, Object original) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger) {
            throw Errors.index("cannot fit '" + typeName(original) + "' into an index-sized integer");
        }
        Object v = userIndex(o);
        if (v != null) {
            return indexValueSlow(v, original);
        }
        throw Errors.type("'%s' object cannot be interpreted as an integer", typeName(o));
    }

    /**
     * A slice bound or step (CPython's _PyEval_SliceIndex): bools count, user objects convert
     * through __index__, and big ints clamp (slice bounds accept any int).
     */
    public static long indexValueClamped(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        Object v = userIndex(o);
        if (v != null) {
            return indexValueClamped(v);
        }
        throw Errors.type("slice indices must be integers or None or have an __index__ method");
    }

    // ---- calls ----

    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        throw Errors.type("'%s' object is not callable", typeName(callable));
    }

    public static Object call(Object callable, Object... args) {
        return call(callable, args, null);
    }

    public static boolean isCallable(Object o) {
        return o instanceof PyCallable c && c.pyCallable();
    }

    // ---- length and membership ----

    public static long len(Object o) {
        if (o instanceof String s) {
            return Strs.length(s);
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof DictView v) {
            return v.dict().size();
        }
        if (o instanceof PySized s) {
            return s.pyLen();
        }
        throw Errors.type("object of type '%s' has no len()", typeName(o));
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof String s) {
            if (item instanceof String sub) {
                return s.contains(sub);
            }
            throw Errors.type("'in <string>' requires string as left operand, not %s", typeName(item));
        }
        if (container instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                Object v = l.get(i);
                if (v == item || eq(v, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object v : t.items()) {
                if (v == item || eq(v, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r) {
            if (item instanceof Long || item instanceof Boolean) {
                return r.contains(indexValue(item));
            }
        }
        if (container instanceof DictView v) {
            return v.contains(item);
        }
        if (container instanceof PyContainer c) {
            return c.pyContains(item);
        }
        PyIterator it = Iteration.iterOrNull(container);
        if (it == null) {
            throw Errors.type("argument of type '%s' is not iterable", typeName(container));
        }
        for (Object v = it.next(); v != null; v = it.next()) {
            if (v == item || eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- attributes ----

    /** {@code obj.name}, raising AttributeError with CPython's message when missing. */
    public static Object getAttr(Object obj, String name) {
        Object v = findAttr(obj, name);
        if (v == null) {
            throw Attributes.missing(obj, name);
        }
        return v;
    }

    /** The attribute or null when missing. */
    public static Object findAttr(Object obj, String name) {
        return Attributes.find(obj, name);
    }

    public static void setAttr(Object obj, String name, Object value) {
        Attributes.store(obj, name, value);
    }
}
