package dev.tint.embed;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PySet;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.Reprs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts values between a Java host and Tint. Only plain data crosses into Tint (the
 * sandbox: no Java object ever reaches a script); Tint values without a Java counterpart come
 * out as {@link TintObject} handles, which only their own interpreter accepts back.
 */
public final class Values {
    private final Object owner;

    /** @param owner the interpreter whose handles {@link #toTint} accepts back */
    public Values(Object owner) {
        this.owner = owner;
    }

    /** A Java value as a Tint value; throws IllegalArgumentException naming {@code what} otherwise. */
    public Object toTint(String what, Object value) {
        return toTint(what, value, new IdentityHashMap<>());
    }

    private Object toTint(String what, Object v, IdentityHashMap<Object, Object> seen) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Double || v instanceof String) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return Ints.normalize(b);
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof TintObject handle) {
            if (handle.owner() != owner) {
                throw new IllegalArgumentException(what + ": a TintObject from another Tint instance");
            }
            return handle.value();
        }
        Object done = seen.get(v);
        if (done != null) {
            return done; // a container met again (shared or cyclic) maps to the same Tint object
        }
        if (v instanceof List<?> list) {
            PyList out = new PyList(list.size());
            seen.put(v, out);
            int i = 0;
            for (Object item : list) {
                out.append(toTint(what + "[" + i++ + "]", item, seen));
            }
            return out;
        }
        if (v.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(v);
            PyList out = new PyList(n);
            seen.put(v, out);
            for (int i = 0; i < n; i++) {
                out.append(toTint(what + "[" + i + "]", java.lang.reflect.Array.get(v, i), seen));
            }
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            PyDict out = new PyDict(map.size());
            seen.put(v, out);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object key = key(what, e.getKey());
                out.put(key, toTint(what + "[" + Reprs.repr(key) + "]", e.getValue(), seen));
            }
            return out;
        }
        if (v instanceof Set<?> set) {
            PySet out = new PySet();
            for (Object item : set) {
                out.add(key(what, item));
            }
            return out;
        }
        throw new IllegalArgumentException(what + ": a " + v.getClass().getName()
                + " cannot be passed to Tint (only null, Boolean, numbers, String, Character, List, Map,"
                + " Set, arrays and TintObject)");
    }

    /** A dict key or set element: only immutable scalars are hashable. */
    private Object key(String what, Object k) {
        Object key = toTint(what + " key", k, new IdentityHashMap<>());
        if (key instanceof PyList || key instanceof PyDict || key instanceof PySet) {
            throw new IllegalArgumentException(what + ": unhashable key or element of type "
                    + k.getClass().getName());
        }
        if (key instanceof PyTuple || key instanceof String || key instanceof Long || key instanceof Boolean
                || key instanceof Double || key instanceof BigInteger || key == PyNone.NONE) {
            return key;
        }
        try {
            Ops.hash(key); // a handle (function, instance) may be hashable or not
            return key;
        } catch (ScriptError e) {
            throw new IllegalArgumentException(what + ": unhashable key or element (" + Ops.typeOf(key).name() + ")");
        }
    }

    /**
     * A Tint value as a Java value. Runs on the interpreter thread: the repr of a handle may run
     * a {@code __repr__} method.
     */
    public Object toJava(Object v) {
        return toJava(v, new IdentityHashMap<>());
    }

    private Object toJava(Object v, IdentityHashMap<Object, Object> seen) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Double || v instanceof String
                || v instanceof BigInteger) {
            return v;
        }
        Object done = seen.get(v);
        if (done != null) {
            return done;
        }
        if (v instanceof PyList list) {
            List<Object> out = new ArrayList<>(list.size());
            seen.put(v, out);
            for (int i = 0; i < list.size(); i++) {
                out.add(toJava(list.get(i), seen));
            }
            return out;
        }
        if (v instanceof PyTuple tuple) {
            List<Object> out = new ArrayList<>(tuple.size());
            for (int i = 0; i < tuple.size(); i++) {
                out.add(toJava(tuple.get(i), seen));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof PyDict dict) {
            Map<Object, Object> out = new LinkedHashMap<>();
            seen.put(v, out);
            for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                out.put(toJava(dict.keyAt(e), seen), toJava(dict.valueAt(e), seen));
            }
            return out;
        }
        if (v instanceof PySet set) {
            Set<Object> out = new LinkedHashSet<>();
            for (int s = set.nextSlot(0); s >= 0; s = set.nextSlot(s + 1)) {
                out.add(toJava(set.keyAt(s), seen));
            }
            return set.isFrozen() ? Collections.unmodifiableSet(out) : out;
        }
        String repr;
        try {
            repr = Reprs.repr(v);
        } catch (ScriptError e) {
            repr = "<" + Ops.typeOf(v).name() + " object>";
        }
        return new TintObject(owner, v, Ops.typeOf(v).name(), repr);
    }
}
