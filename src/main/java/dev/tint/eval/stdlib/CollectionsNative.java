package dev.tint.eval.stdlib;

import dev.tint.ast.Operator;
import dev.tint.eval.objects.PyClass;
import dev.tint.eval.objects.PyInstance;
import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.NotImplemented;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyContainer;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyEquatable;
import dev.tint.eval.runtime.PyHashable;
import dev.tint.eval.runtime.PyIterable;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyOperand;
import dev.tint.eval.runtime.PyOrderable;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PySized;
import dev.tint.eval.runtime.PySubscriptable;
import dev.tint.eval.runtime.PyTruthy;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _tint_collections}: the native {@code collections.deque} (CPython's is C too) and a
 * helper that makes a class with a computed name, for {@code namedtuple}.
 */
public final class CollectionsNative {
    private CollectionsNative() {}

    static final PyType DEQUE = new PyType("deque", PyType.OBJECT).withModule("collections");

    static {
        DEQUE.setConstructor((a, k) -> {
            Object[] p = Natives.parse("deque", a, k, new String[] {"iterable", "maxlen"}, 2, 0);
            int maxlen = -1;
            if (p[1] != null && p[1] != PyNone.NONE) {
                if (!(p[1] instanceof Long || p[1] instanceof Boolean || p[1] instanceof BigInteger)) {
                    throw Errors.type("an integer is required"); // PyLong_AsSsize_t: no __index__
                }
                if (p[1] instanceof BigInteger) {
                    throw Errors.overflow("Python int too large to convert to C ssize_t");
                }
                long m = Ops.indexValue(p[1]);
                if (m < 0) {
                    throw Errors.value("maxlen must be non-negative");
                }
                maxlen = (int) Math.min(m, Integer.MAX_VALUE);
            }
            Deque d = new Deque(maxlen);
            if (p[0] != null) {
                d.extend(p[0]);
            }
            return d;
        });
        method("append", 1, (d, a) -> {
            d.append(a[0]);
            return PyNone.NONE;
        });
        method("appendleft", 1, (d, a) -> {
            d.appendLeft(a[0]);
            return PyNone.NONE;
        });
        method("pop", 0, (d, a) -> {
            if (d.items.isEmpty()) {
                throw Errors.index("pop from an empty deque");
            }
            d.version++;
            return d.items.pollLast();
        });
        method("popleft", 0, (d, a) -> {
            if (d.items.isEmpty()) {
                throw Errors.index("pop from an empty deque");
            }
            d.version++;
            return d.items.pollFirst();
        });
        method("extend", 1, (d, a) -> {
            d.extend(a[0]);
            return PyNone.NONE;
        });
        method("extendleft", 1, (d, a) -> {
            List<Object> items = Natives.list(a[0]);
            for (Object o : items) {
                d.appendLeft(o);
            }
            return PyNone.NONE;
        });
        method("clear", 0, (d, a) -> {
            d.items.clear();
            d.version++;
            return PyNone.NONE;
        });
        method("copy", 0, (d, a) -> {
            Deque c = new Deque(d.maxlen);
            c.items.addAll(d.items);
            return c;
        });
        method("__copy__", 0, (d, a) -> {
            Deque c = new Deque(d.maxlen);
            c.items.addAll(d.items);
            return c;
        });
        method("count", 1, (d, a) -> {
            long n = 0;
            for (Object o : d.snapshot()) {
                if (o == a[0] || Ops.eq(o, a[0])) {
                    n++;
                }
            }
            return n;
        });
        DEQUE.defineMethod("index", (self, a, k) -> {
            Args.range("index", a, k, 1, 3);
            Deque d = (Deque) self;
            Object[] items = d.snapshot();
            long start = a.length > 1 ? d.clamp(Ops.indexValue(a[1])) : 0;
            long stop = a.length > 2 ? d.clamp(Ops.indexValue(a[2])) : items.length;
            for (long i = start; i < stop && i < items.length; i++) {
                Object o = items[(int) i];
                if (o == a[0] || Ops.eq(o, a[0])) {
                    return i;
                }
            }
            throw Errors.value("%s is not in deque", Reprs.repr(a[0]));
        });
        method("remove", 1, (d, a) -> {
            Object[] items = d.snapshot();
            for (int i = 0; i < items.length; i++) {
                if (items[i] == a[0] || Ops.eq(items[i], a[0])) {
                    d.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.value("%s is not in deque", Reprs.repr(a[0]));
        });
        DEQUE.defineMethod("insert", (self, a, k) -> {
            Natives.exactly("insert", a, k, 2);
            Deque d = (Deque) self;
            if (d.maxlen >= 0 && d.items.size() >= d.maxlen) {
                throw Errors.index("deque already at its maximum size");
            }
            List<Object> list = new ArrayList<>(d.items);
            long i = Ops.indexValue(a[0]);
            int n = list.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            list.add((int) Math.min(i, n), a[1]);
            d.items.clear();
            d.items.addAll(list);
            d.version++;
            return PyNone.NONE;
        });
        method("reverse", 0, (d, a) -> {
            Object[] items = d.snapshot();
            d.items.clear();
            for (int i = items.length - 1; i >= 0; i--) {
                d.items.addLast(items[i]);
            }
            d.version++;
            return PyNone.NONE;
        });
        DEQUE.defineMethod("rotate", (self, a, k) -> {
            Args.range("rotate", a, k, 0, 1);
            Deque d = (Deque) self;
            long n = a.length == 0 ? 1 : Ops.indexValue(a[0]);
            int size = d.items.size();
            if (size > 1) {
                long steps = Math.floorMod(n, size);
                for (long i = 0; i < steps; i++) {
                    d.items.addFirst(d.items.pollLast());
                }
            }
            d.version++;
            return PyNone.NONE;
        });
        DEQUE.dict().put("maxlen", (dev.tint.eval.runtime.PyDescriptor) (instance, owner) -> {
            if (instance == null) {
                return PyNone.NONE;
            }
            int m = ((Deque) instance).maxlen;
            return m < 0 ? PyNone.NONE : (Object) (long) m;
        });
    }

    @FunctionalInterface
    interface DequeBody {
        Object call(Deque d, Object[] a);
    }

    private static void method(String name, int nargs, DequeBody body) {
        DEQUE.defineMethod(name, (self, a, k) -> {
            Args.noKeywords(name, k);
            if (a.length != nargs) {
                if (nargs == 0) {
                    throw Errors.type("deque.%s() takes no arguments (%d given)", name, a.length);
                }
                throw Errors.type("deque.%s() takes exactly one argument (%d given)", name, a.length);
            }
            return body.call((Deque) self, a);
        });
    }

    public static PyModule create() {
        PyModule m = Natives.module("_tint_collections", "Native parts of collections.");
        Natives.set(m, "deque", DEQUE);
        Natives.def(m, "make_class", (a, k) -> {
            // make_class(name, base, namespace, module)
            Natives.exactly("make_class", a, k, 4);
            PyDict ns = (PyDict) a[2];
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = ns.nextEntry(0); i >= 0; i = ns.nextEntry(i + 1)) {
                map.put((String) ns.keyAt(i), ns.valueAt(i));
            }
            map.putIfAbsent("__module__", a[3]);
            map.putIfAbsent("__qualname__", a[0]);
            map.putIfAbsent("__doc__", PyNone.NONE);
            return new PyClass((String) a[0], (PyType) a[1], (String) a[3], map);
        });
        Natives.def(m, "init_tuple", (a, k) -> {
            // init_tuple(instance, args): True when args fill the fields exactly (the fast path of __init__)
            Natives.exactly("init_tuple", a, k, 2);
            PyInstance inst = (PyInstance) a[0];
            Object fields = inst.type().lookup("_fields");
            dev.tint.eval.runtime.PyTuple args = (dev.tint.eval.runtime.PyTuple) a[1];
            if (!(fields instanceof dev.tint.eval.runtime.PyTuple f) || f.size() != args.size()) {
                return false;
            }
            for (int i = 0; i < f.size(); i++) {
                inst.storeDirect((String) f.get(i), args.get(i));
            }
            inst.storeDirect("_tuple", args);
            return true;
        });
        Natives.def(m, "set_fields", (a, k) -> {
            // set_fields(instance, dict): stores attributes without calling __setattr__
            Natives.exactly("set_fields", a, k, 2);
            PyInstance inst = (PyInstance) a[0];
            PyDict d = (PyDict) a[1];
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                inst.storeDirect((String) d.keyAt(i), d.valueAt(i));
            }
            return PyNone.NONE;
        });
        return m;
    }

    /** collections.deque. */
    static final class Deque implements PyObject, PyIterable, PySized, PySubscriptable, PyContainer, PyTruthy,
            PyReprable, PyEquatable, PyOrderable, PyOperand, PyHashable {
        final ArrayDeque<Object> items = new ArrayDeque<>();
        final int maxlen;
        int version;

        Deque(int maxlen) {
            this.maxlen = maxlen;
        }

        Object[] snapshot() {
            return items.toArray();
        }

        long clamp(long i) {
            int n = items.size();
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            }
            return i;
        }

        void append(Object o) {
            if (maxlen == 0) {
                return;
            }
            if (maxlen > 0 && items.size() >= maxlen) {
                items.pollFirst();
            }
            items.addLast(o);
            version++;
        }

        void appendLeft(Object o) {
            if (maxlen == 0) {
                return;
            }
            if (maxlen > 0 && items.size() >= maxlen) {
                items.pollLast();
            }
            items.addFirst(o);
            version++;
        }

        void extend(Object iterable) {
            List<Object> list = Natives.list(iterable);
            for (Object o : list) {
                append(o);
            }
        }

        void removeAt(int index) {
            Object[] all = snapshot();
            items.clear();
            for (int i = 0; i < all.length; i++) {
                if (i != index) {
                    items.addLast(all[i]);
                }
            }
            version++;
        }

        private int index(Object index) {
            if (!(index instanceof Long || index instanceof Boolean || index instanceof java.math.BigInteger)) {
                throw Errors.type("sequence index must be integer, not '%s'", Ops.typeName(index));
            }
            long i = Ops.indexValue(index);
            int n = items.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.index("deque index out of range");
            }
            return (int) i;
        }

        @Override
        public Object pyGetItem(Object index) {
            int i = index(index);
            if (i == 0) {
                return items.peekFirst();
            }
            if (i == items.size() - 1) {
                return items.peekLast();
            }
            return snapshot()[i];
        }

        @Override
        public void pySetItem(Object index, Object value) {
            int i = index(index);
            Object[] all = snapshot();
            all[i] = value;
            items.clear();
            for (Object o : all) {
                items.addLast(o);
            }
        }

        @Override
        public void pyDelItem(Object index) {
            removeAt(index(index));
        }

        @Override
        public PyIterator pyIter() {
            return new DequeIterator(this);
        }

        @Override
        public long pyLen() {
            return items.size();
        }

        @Override
        public boolean truthy() {
            return !items.isEmpty();
        }

        @Override
        public boolean pyContains(Object item) {
            for (Object o : snapshot()) {
                if (o == item || Ops.eq(o, item)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String pyRepr() {
            StringBuilder sb = new StringBuilder("deque([");
            boolean first = true;
            for (Object o : snapshot()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(o == this ? "[...]" : Reprs.repr(o));
            }
            sb.append(']');
            if (maxlen >= 0) {
                sb.append(", maxlen=").append(maxlen);
            }
            return sb.append(')').toString();
        }

        @Override
        public Object pyEq(Object other) {
            if (!(other instanceof Deque d)) {
                return NotImplemented.VALUE;
            }
            Object[] a = snapshot();
            Object[] b = d.snapshot();
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i] && !Ops.eq(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Object pyCompare(String op, Object other) {
            if (!(other instanceof Deque d)) {
                return NotImplemented.VALUE;
            }
            dev.tint.eval.runtime.PyList x = dev.tint.eval.runtime.PyList.adopt(snapshot(), items.size());
            dev.tint.eval.runtime.PyList y = dev.tint.eval.runtime.PyList.adopt(d.snapshot(), d.items.size());
            return switch (op) {
                case "<" -> Comparisons.lt(x, y);
                case "<=" -> Comparisons.le(x, y);
                case ">" -> Comparisons.gt(x, y);
                default -> Comparisons.ge(x, y);
            };
        }

        @Override
        public Object pyBinary(Operator op, Object other, boolean reflected) {
            if (op == Operator.ADD && !reflected) {
                if (!(other instanceof Deque d)) {
                    throw Errors.type("can only concatenate deque (not \"%s\") to deque", Ops.typeName(other));
                }
                Deque r = new Deque(maxlen);
                for (Object o : snapshot()) {
                    r.append(o);
                }
                for (Object o : d.snapshot()) {
                    r.append(o);
                }
                return r;
            }
            if (op == Operator.MUL && Natives.isInt(other)) {
                long n = Ops.indexValue(other);
                Deque r = new Deque(maxlen);
                Object[] all = snapshot();
                for (long i = 0; i < n; i++) {
                    for (Object o : all) {
                        r.append(o);
                    }
                }
                return r;
            }
            return NotImplemented.VALUE;
        }

        @Override
        public Object pyInplace(Operator op, Object other) {
            if (op == Operator.ADD) {
                extend(other);
                return this;
            }
            if (op == Operator.MUL && Natives.isInt(other)) {
                long n = Ops.indexValue(other);
                Object[] all = snapshot();
                items.clear();
                for (long i = 0; i < n; i++) {
                    for (Object o : all) {
                        append(o);
                    }
                }
                return this;
            }
            return NotImplemented.VALUE;
        }

        @Override
        public long pyHash() {
            throw Errors.type("unhashable type: 'collections.deque'");
        }

        @Override
        public PyType type() {
            return DEQUE;
        }
    }

    static final PyType DEQUE_ITERATOR = new PyType("_deque_iterator", PyType.OBJECT).withModule("collections");

    static final class DequeIterator extends PyIterator {
        private final Deque deque;
        private final java.util.Iterator<Object> it;
        private final int version;

        DequeIterator(Deque deque) {
            this.deque = deque;
            this.it = deque.items.iterator();
            this.version = deque.version;
        }

        @Override
        public Object next() {
            if (deque.version != version) {
                throw Errors.runtime("deque mutated during iteration");
            }
            return it.hasNext() ? it.next() : null;
        }

        @Override
        public PyType type() {
            return DEQUE_ITERATOR;
        }
    }
}
