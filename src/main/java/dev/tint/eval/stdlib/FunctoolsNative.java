package dev.tint.eval.stdlib;

import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.NotImplemented;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyAttributes;
import dev.tint.eval.runtime.PyBoundMethod;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyCallable;
import dev.tint.eval.runtime.PyDescriptor;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyEquatable;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyOrderable;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _tint_functools}: the parts of functools CPython writes in C — reduce, partial,
 * cmp_to_key and the lru_cache wrapper — so that, as in CPython, they add no frames to
 * tracebacks and no depth to recursion.
 */
public final class FunctoolsNative {
    private FunctoolsNative() {}

    static final PyType PARTIAL = new PyType("partial", PyType.OBJECT).withModule("functools");
    static final PyType LRU = new PyType("_lru_cache_wrapper", PyType.OBJECT).withModule("functools");
    static final PyType KEY_WRAPPER = new PyType("KeyWrapper", PyType.OBJECT).withModule("functools");

    static {
        PARTIAL.setConstructor(FunctoolsNative::newPartial);
        LRU.setConstructor((a, k) -> {
            Natives.exactly("_lru_cache_wrapper", a, k, 4);
            return new LruWrapper(a[0], a[1], Ops.truthy(a[2]), a[3]);
        });
        LRU.dict().put("cache_info", new dev.tint.eval.runtime.PyMethodDescriptor(LRU, "cache_info",
                (self, a, k) -> {
                    Args.exactly("cache_info", a, k, 0);
                    return ((LruWrapper) self).cacheInfo();
                }));
        LRU.dict().put("cache_clear", new dev.tint.eval.runtime.PyMethodDescriptor(LRU, "cache_clear",
                (self, a, k) -> {
                    Args.exactly("cache_clear", a, k, 0);
                    ((LruWrapper) self).clear();
                    return PyNone.NONE;
                }));
        KEY_WRAPPER.setConstructor((a, k) -> {
            throw Errors.type("cannot create 'functools.KeyWrapper' instances");
        });
    }

    public static PyModule create() {
        PyModule m = Natives.module("_tint_functools", "Native parts of functools.");
        Natives.def(m, "reduce", FunctoolsNative::reduce);
        Natives.set(m, "partial", PARTIAL);
        Natives.set(m, "_lru_cache_wrapper", LRU);
        Natives.def(m, "cmp_to_key", (a, k) -> {
            Object[] p = Natives.parse("cmp_to_key", a, k, new String[] {"mycmp"}, 1, 1);
            return new KeyWrapper(p[0], null);
        });
        return m;
    }

    private static Object reduce(Object[] a, String[] k) {
        Args.noKeywords("reduce", k);
        if (a.length < 2) {
            throw Errors.type("reduce expected at least 2 arguments, got %d", a.length);
        }
        if (a.length > 3) {
            throw Errors.type("reduce expected at most 3 arguments, got %d", a.length);
        }
        Object func = a[0];
        PyIterator it = Iteration.iterOrNull(a[1]);
        if (it == null) {
            throw Errors.type("reduce() arg 2 must support iteration");
        }
        Object acc = a.length == 3 ? a[2] : null;
        for (Object v = it.next(); v != null; v = it.next()) {
            acc = acc == null ? v : Ops.call(func, acc, v);
        }
        if (acc == null) {
            throw Errors.type("reduce() of empty iterable with no initial value");
        }
        return acc;
    }

    // ---------------------------------------------------------------- partial

    private static Object newPartial(Object[] a, String[] k) {
        int npos = Natives.positional(a, k);
        if (npos < 1) {
            throw Errors.type("type 'partial' takes at least one argument");
        }
        Object func = a[0];
        if (!Ops.isCallable(func)) {
            throw Errors.type("the first argument must be callable");
        }
        List<Object> args = new ArrayList<>();
        Map<String, Object> kw = new LinkedHashMap<>();
        if (func instanceof Partial inner) {
            func = inner.func;
            java.util.Collections.addAll(args, inner.args.items());
            for (int i = inner.keywords.nextEntry(0); i >= 0; i = inner.keywords.nextEntry(i + 1)) {
                kw.put((String) inner.keywords.keyAt(i), inner.keywords.valueAt(i));
            }
        }
        for (int i = 1; i < npos; i++) {
            args.add(a[i]);
        }
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                kw.put(k[i], a[npos + i]);
            }
        }
        PyDict keywords = new PyDict();
        kw.forEach(keywords::put);
        return new Partial(func, PyTuple.of(args.toArray()), keywords);
    }

    /** functools.partial objects. */
    static final class Partial implements PyObject, PyCallable, PyAttributes, PyReprable {
        final Object func;
        final PyTuple args;
        final PyDict keywords;
        private Map<String, Object> dict;

        Partial(Object func, PyTuple args, PyDict keywords) {
            this.func = func;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        public Object call(Object[] callArgs, String[] kwnames) {
            int npos = callArgs.length - (kwnames == null ? 0 : kwnames.length);
            Map<String, Object> kw = new LinkedHashMap<>();
            for (int i = keywords.nextEntry(0); i >= 0; i = keywords.nextEntry(i + 1)) {
                kw.put((String) keywords.keyAt(i), keywords.valueAt(i));
            }
            if (kwnames != null) {
                for (int i = 0; i < kwnames.length; i++) {
                    kw.put(kwnames[i], callArgs[npos + i]);
                }
            }
            Object[] all = new Object[args.size() + npos + kw.size()];
            System.arraycopy(args.items(), 0, all, 0, args.size());
            System.arraycopy(callArgs, 0, all, args.size(), npos);
            String[] names = kw.isEmpty() ? null : new String[kw.size()];
            int i = 0;
            for (Map.Entry<String, Object> e : kw.entrySet()) {
                names[i] = e.getKey();
                all[args.size() + npos + i] = e.getValue();
                i++;
            }
            return Ops.call(func, all, names);
        }

        @Override
        public Object findAttribute(String name) {
            switch (name) {
                case "func":
                    return func;
                case "args":
                    return args;
                case "keywords":
                    return keywords;
                case "__dict__":
                    PyDict d = new PyDict();
                    if (dict != null) {
                        dict.forEach(d::put);
                    }
                    return d;
                default:
                    return dict == null ? null : dict.get(name);
            }
        }

        @Override
        public boolean storeAttribute(String name, Object value) {
            if (name.equals("func") || name.equals("args") || name.equals("keywords")) {
                throw Errors.attribute("readonly attribute");
            }
            if (dict == null) {
                dict = new LinkedHashMap<>();
            }
            dict.put(name, value);
            return true;
        }

        @Override
        public List<String> attributeNames() {
            List<String> names = new ArrayList<>(List.of("func", "args", "keywords"));
            if (dict != null) {
                names.addAll(dict.keySet());
            }
            return names;
        }

        @Override
        public String pyRepr() {
            StringBuilder sb = new StringBuilder("functools.partial(").append(Reprs.repr(func));
            for (Object o : args.items()) {
                sb.append(", ").append(Reprs.repr(o));
            }
            for (int i = keywords.nextEntry(0); i >= 0; i = keywords.nextEntry(i + 1)) {
                sb.append(", ").append(Reprs.str(keywords.keyAt(i))).append('=')
                        .append(Reprs.repr(keywords.valueAt(i)));
            }
            return sb.append(')').toString();
        }

        @Override
        public PyType type() {
            return PARTIAL;
        }
    }

    // ---------------------------------------------------------------- lru_cache

    static final class LruWrapper implements PyObject, PyCallable, PyAttributes, PyDescriptor, PyReprable {
        private final Object func;
        private final long maxsize; // -1 for unbounded
        private final boolean typed;
        private final Object cacheInfoType;
        private final PyDict cache = new PyDict();
        private long hits;
        private long misses;
        private final Map<String, Object> dict = new LinkedHashMap<>();

        LruWrapper(Object func, Object maxsize, boolean typed, Object cacheInfoType) {
            if (!Ops.isCallable(func)) {
                throw Errors.type("the first argument must be callable");
            }
            this.func = func;
            if (maxsize == PyNone.NONE) {
                this.maxsize = -1;
            } else if (Natives.isInt(maxsize)) {
                BigInteger m = dev.tint.eval.runtime.Ints.big(maxsize);
                this.maxsize = m.signum() < 0 ? 0 : m.bitLength() > 62 ? Long.MAX_VALUE : m.longValue();
            } else {
                throw Errors.type("maxsize should be integer or None");
            }
            this.typed = typed;
            this.cacheInfoType = cacheInfoType;
        }

        private Object makeKey(Object[] args, String[] kwnames) {
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            if (kwnames == null && !typed && npos == 1
                    && (args[0] instanceof String || args[0] instanceof Long || args[0] instanceof BigInteger)) {
                return args[0];
            }
            List<Object> key = new ArrayList<>(args.length + 4);
            for (int i = 0; i < npos; i++) {
                key.add(args[i]);
            }
            if (kwnames != null && kwnames.length > 0) {
                key.add(KWD_MARK_TUPLE);
                for (int i = 0; i < kwnames.length; i++) {
                    key.add(kwnames[i]);
                    key.add(args[npos + i]);
                }
            }
            if (typed) {
                for (int i = 0; i < npos; i++) {
                    key.add(Ops.typeOf(args[i]));
                }
                if (kwnames != null) {
                    for (int i = 0; i < kwnames.length; i++) {
                        key.add(Ops.typeOf(args[npos + i]));
                    }
                }
            }
            return PyTuple.of(key.toArray());
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            if (maxsize == 0) {
                misses++;
                return Ops.call(func, args, kwnames);
            }
            Object key = makeKey(args, kwnames);
            long hash = Ops.hash(key);
            Object found = cache.get(key, hash);
            if (found != null) {
                hits++;
                if (maxsize > 0) {
                    cache.remove(key);
                    cache.put(key, hash, found);
                }
                return found;
            }
            misses++;
            Object result = Ops.call(func, args, kwnames);
            if (maxsize < 0) {
                cache.put(key, hash, result);
                return result;
            }
            if (cache.get(key, hash) != null) {
                return result;
            }
            if (cache.size() >= maxsize) {
                int first = cache.nextEntry(0);
                if (first >= 0) {
                    cache.remove(cache.keyAt(first));
                }
            }
            cache.put(key, hash, result);
            return result;
        }

        Object cacheInfo() {
            Object max = maxsize < 0 ? PyNone.NONE : (Object) maxsize;
            return Ops.call(cacheInfoType, hits, misses, max, (long) cache.size());
        }

        void clear() {
            hits = 0;
            misses = 0;
            cache.clear();
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return instance == null ? this : new PyBoundMethod(instance, this);
        }

        @Override
        public Object findAttribute(String name) {
            if (name.equals("__wrapped__") && !dict.containsKey(name)) {
                return func;
            }
            if (name.equals("__dict__")) {
                PyDict d = new PyDict();
                dict.forEach(d::put);
                return d;
            }
            return dict.get(name);
        }

        @Override
        public boolean storeAttribute(String name, Object value) {
            dict.put(name, value);
            return true;
        }

        @Override
        public List<String> attributeNames() {
            List<String> names = new ArrayList<>(dict.keySet());
            names.add("__wrapped__");
            return names;
        }

        @Override
        public String pyRepr() {
            return "<functools._lru_cache_wrapper object at " + Reprs.address(this) + ">";
        }

        @Override
        public PyType type() {
            return LRU;
        }
    }

    private static final Object KWD_MARK_TUPLE = new KwdMark();

    /** The marker separating positional from keyword arguments in cache keys: hashable, equal only to itself. */
    static final class KwdMark implements PyObject {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    // ---------------------------------------------------------------- cmp_to_key

    /** The callable cmp_to_key returns and, with an object, the key it makes. */
    static final class KeyWrapper implements PyObject, PyCallable, PyOrderable, PyEquatable, PyAttributes {
        private final Object cmp;
        private final Object obj;

        KeyWrapper(Object cmp, Object obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            Object[] p = Natives.parse("K", args, kwnames, new String[] {"obj"}, 1, 1);
            return new KeyWrapper(cmp, p[0]);
        }

        private Object compare(Object other) {
            if (!(other instanceof KeyWrapper k) || k.obj == null) {
                throw Errors.type("other argument must be K instance");
            }
            if (obj == null) {
                throw Errors.attribute("object");
            }
            return Ops.call(cmp, obj, k.obj);
        }

        @Override
        public Object pyCompare(String op, Object other) {
            Object r = compare(other);
            Object zero = 0L;
            return switch (op) {
                case "<" -> dev.tint.eval.runtime.Comparisons.lt(r, zero);
                case "<=" -> dev.tint.eval.runtime.Comparisons.le(r, zero);
                case ">" -> dev.tint.eval.runtime.Comparisons.gt(r, zero);
                default -> dev.tint.eval.runtime.Comparisons.ge(r, zero);
            };
        }

        @Override
        public Object pyEq(Object other) {
            if (!(other instanceof KeyWrapper)) {
                return NotImplemented.VALUE;
            }
            return Ops.eq(compare(other), 0L);
        }

        @Override
        public Object findAttribute(String name) {
            return name.equals("obj") && obj != null ? obj : null;
        }

        @Override
        public PyType type() {
            return KEY_WRAPPER;
        }
    }
}
