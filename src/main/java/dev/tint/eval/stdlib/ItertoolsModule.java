package dev.tint.eval.stdlib;

import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.BuiltinFunction;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ints;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBuiltin;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code itertools}, native as CPython's is: every iterator is lazy where CPython's is, its type
 * is {@code itertools.<name>} and it can be called to make one.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    private static PyType type(String name, BuiltinFunction constructor) {
        PyType t = new PyType(name, PyType.OBJECT).withModule("itertools");
        t.setConstructor(constructor);
        return t;
    }

    /** An itertools iterator: a PyIterator whose type is one of this module's types. */
    abstract static class It extends PyIterator {
        private final PyType type;

        It(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        protected String typeName() {
            return type.name();
        }
    }

    static final PyType COUNT = type("count", ItertoolsModule::count);
    static final PyType REPEAT = type("repeat", ItertoolsModule::repeat);
    static final PyType CYCLE = type("cycle", (a, k) -> {
        Object[] p = Natives.parse("cycle", a, k, new String[] {"iterable"}, 1, 1);
        return new Cycle(Iteration.iter(p[0]));
    });
    static final PyType ISLICE = type("islice", ItertoolsModule::islice);
    static final PyType CHAIN = type("chain", (a, k) -> {
        Args.noKeywords("chain", k);
        return new Chain(Iteration.iter(PyTuple.of(a.clone())));
    });
    static final PyType PRODUCT = type("product", ItertoolsModule::product);
    static final PyType PERMUTATIONS = type("permutations", (a, k) -> {
        Object[] p = Natives.parse("permutations", a, k, new String[] {"iterable", "r"}, 2, 1);
        Object[] pool = Natives.list(p[0]).toArray();
        int r = pool.length;
        if (p[1] != null && p[1] != PyNone.NONE) {
            r = rArg(p[1]);
        }
        return new Permutations(pool, r);
    });
    static final PyType COMBINATIONS = type("combinations", (a, k) -> {
        Object[] p = Natives.parse("combinations", a, k, new String[] {"iterable", "r"}, 2, 2);
        Object[] pool = Natives.list(p[0]).toArray();
        return new Combinations(pool, rArg(p[1]), false);
    });
    static final PyType COMBINATIONS_WR = type("combinations_with_replacement", (a, k) -> {
        Object[] p = Natives.parse("combinations_with_replacement", a, k, new String[] {"iterable", "r"}, 2, 2);
        Object[] pool = Natives.list(p[0]).toArray();
        return new Combinations(pool, rArg(p[1]), true);
    });
    static final PyType ACCUMULATE = type("accumulate", (a, k) -> {
        Object[] p = Natives.parse("accumulate", a, k, new String[] {"iterable", "func", "initial"}, 2, 1);
        Object func = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        Object initial = p[2] == null || p[2] == PyNone.NONE ? null : p[2];
        return new Accumulate(Iteration.iter(p[0]), func, initial);
    });
    static final PyType GROUPBY = type("groupby", (a, k) -> {
        Object[] p = Natives.parse("groupby", a, k, new String[] {"iterable", "key"}, 2, 1);
        return new GroupBy(Iteration.iter(p[0]), p[1] == null || p[1] == PyNone.NONE ? null : p[1]);
    });
    static final PyType GROUPER = type("_grouper", (a, k) -> {
        throw Errors.type("cannot create 'itertools._grouper' instances");
    });
    static final PyType ZIP_LONGEST = type("zip_longest", (a, k) -> {
        Object fill = PyNone.NONE;
        int npos = Natives.positional(a, k);
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                if (!k[i].equals("fillvalue")) {
                    throw Errors.type("zip_longest() got an unexpected keyword argument");
                }
                fill = a[npos + i];
            }
        }
        PyIterator[] its = new PyIterator[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Iteration.iter(a[i]);
        }
        return new ZipLongest(its, fill);
    });
    static final PyType STARMAP = type("starmap", (a, k) -> {
        Natives.exactly("starmap", a, k, 2);
        return new Starmap(a[0], Iteration.iter(a[1]));
    });
    static final PyType TAKEWHILE = type("takewhile", (a, k) -> {
        Natives.exactly("takewhile", a, k, 2);
        return new TakeWhile(a[0], Iteration.iter(a[1]));
    });
    static final PyType DROPWHILE = type("dropwhile", (a, k) -> {
        Natives.exactly("dropwhile", a, k, 2);
        return new DropWhile(a[0], Iteration.iter(a[1]));
    });
    static final PyType FILTERFALSE = type("filterfalse", (a, k) -> {
        Natives.exactly("filterfalse", a, k, 2);
        return new FilterFalse(a[0], Iteration.iter(a[1]));
    });
    static final PyType COMPRESS = type("compress", (a, k) -> {
        Object[] p = Natives.parse("compress", a, k, new String[] {"data", "selectors"}, 2, 2);
        return new Compress(Iteration.iter(p[0]), Iteration.iter(p[1]));
    });
    static final PyType PAIRWISE = type("pairwise", (a, k) -> {
        Args.noKeywords("pairwise", k);
        if (a.length != 1) {
            throw Errors.type("pairwise expected 1 argument, got %d", a.length);
        }
        return new Pairwise(Iteration.iter(a[0]));
    });
    static final PyType BATCHED = type("batched", (a, k) -> {
        Object[] p = Natives.parse("batched", a, k, new String[] {"iterable", "n", "strict"}, 2, 2);
        BigInteger n = Natives.bigIndex(p[1]);
        if (n.signum() <= 0) {
            throw Errors.value("n must be at least one");
        }
        boolean strict = p[2] != null && Ops.truthy(p[2]);
        return new Batched(Iteration.iter(p[0]), n.bitLength() > 31 ? Integer.MAX_VALUE : n.intValue(), strict);
    });
    static final PyType TEE = type("_tee", (a, k) -> {
        throw Errors.type("cannot create 'itertools._tee' instances");
    });

    static {
        CHAIN.dict().put("from_iterable", new PyBuiltin("from_iterable", null, (a, k) -> {
            Natives.exactlyOne("chain.from_iterable", a, k);
            return new Chain(Iteration.iter(a[0]));
        }));
    }

    public static PyModule create() {
        PyModule m = Natives.module("itertools", "Functional tools for creating and using iterators.");
        for (PyType t : new PyType[] {COUNT, REPEAT, CYCLE, ISLICE, CHAIN, PRODUCT, PERMUTATIONS, COMBINATIONS,
            COMBINATIONS_WR, ACCUMULATE, GROUPBY, ZIP_LONGEST, STARMAP, TAKEWHILE, DROPWHILE, FILTERFALSE,
            COMPRESS, PAIRWISE, BATCHED}) {
            Natives.set(m, t.name(), t);
        }
        Natives.def(m, "tee", (a, k) -> {
            Args.range("tee", a, k, 1, 2);
            long n = a.length > 1 ? Ops.indexValue(a[1]) : 2;
            if (n < 0) {
                throw Errors.value("n must be >= 0");
            }
            PyIterator source = Iteration.iter(a[0]);
            TeeBuffer shared = new TeeBuffer(source);
            Object[] out = new Object[(int) n];
            for (int i = 0; i < n; i++) {
                out[i] = new Tee(shared);
            }
            return PyTuple.of(out);
        });
        return m;
    }

    private static int rArg(Object o) {
        BigInteger r = Natives.bigIndex(o);
        if (r.signum() < 0) {
            throw Errors.value("r must be non-negative");
        }
        return r.bitLength() > 31 ? Integer.MAX_VALUE : r.intValue();
    }

    // ---- count / repeat / cycle ----

    private static Object count(Object[] a, String[] k) {
        Object[] p = Natives.parse("count", a, k, new String[] {"start", "step"}, 2, 0);
        Object start = p[0] == null ? (Object) 0L : p[0];
        Object step = p[1] == null ? (Object) 1L : p[1];
        if (!isNumber(start) || !isNumber(step)) {
            throw Errors.type("a number is required");
        }
        return new Count(start, step, p[1] != null);
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Double || o instanceof Boolean
                || (o instanceof dev.tint.eval.runtime.PyObject && !"builtins".equals(Ops.typeOf(o).module())
                && Ops.findAttr(o, "__add__") != null);
    }

    static final class Count extends It implements PyReprable {
        private Object value;
        private final Object step;
        private final boolean showStep;

        Count(Object start, Object step, boolean stepGiven) {
            super(COUNT);
            this.value = start instanceof Boolean b ? (Object) (b ? 1L : 0L) : start;
            this.step = step;
            this.showStep = !(step instanceof Long l && l == 1L) && !(step instanceof Boolean b && b);
        }

        @Override
        public Object next() {
            pollInterruptEveryManyItems();
            Object v = value;
            value = Arith.add(value, step);
            return v;
        }

        @Override
        public String pyRepr() {
            if (!showStep) {
                return "count(" + Ops.repr(value) + ")";
            }
            return "count(" + Ops.repr(value) + ", " + Ops.repr(step) + ")";
        }
    }

    private static Object repeat(Object[] a, String[] k) {
        Object[] p = Natives.parse("repeat", a, k, new String[] {"object", "times"}, 2, 1);
        long times = -1;
        if (p[1] != null) {
            times = Ops.indexValue(p[1]);
            if (times < 0) {
                times = 0;
            }
        }
        return new Repeat(p[0], times);
    }

    static final class Repeat extends It implements PyReprable, dev.tint.eval.runtime.PySized {
        private final Object value;
        private long remaining;

        Repeat(Object value, long times) {
            super(REPEAT);
            this.value = value;
            this.remaining = times;
        }

        @Override
        public Object next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            pollInterruptEveryManyItems();
            return value;
        }

        @Override
        public String pyRepr() {
            return remaining < 0 ? "repeat(" + Ops.repr(value) + ")"
                    : "repeat(" + Ops.repr(value) + ", " + remaining + ")";
        }

        @Override
        public long pyLen() {
            if (remaining < 0) {
                throw Errors.type("len() of unsized object");
            }
            return remaining;
        }
    }

    static final class Cycle extends It {
        private final PyIterator source;
        private final List<Object> saved = new ArrayList<>();
        private boolean exhausted;
        private int index;

        Cycle(PyIterator source) {
            super(CYCLE);
            this.source = source;
        }

        @Override
        public Object next() {
            if (!exhausted) {
                Object v = source.next();
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                exhausted = true;
            }
            if (saved.isEmpty()) {
                return null;
            }
            pollInterruptEveryManyItems();
            Object v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    // ---- islice ----

    private static final String STOP_MSG =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_MSG =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static long sliceArg(Object o, String msg, long dflt) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        Object v = indexOrNull(o);
        if (v == null) {
            throw Errors.value(msg);
        }
        BigInteger b = Ints.big(v);
        if (b.signum() < 0 || b.bitLength() > 63) {
            throw Errors.value(msg);
        }
        return b.longValue();
    }

    /** An islice argument through __index__, or null when it has none or __index__ fails (CPython clears the error). */
    private static Object indexOrNull(Object o) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            return o;
        }
        try {
            return Ops.userIndex(o);
        } catch (dev.tint.error.ScriptError e) {
            return null;
        }
    }

    private static Object islice(Object[] a, String[] k) {
        Args.noKeywords("islice", k);
        if (a.length < 2) {
            throw Errors.type("islice expected at least 2 arguments, got %d", a.length);
        }
        if (a.length > 4) {
            throw Errors.type("islice expected at most 4 arguments, got %d", a.length);
        }
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 2) {
            stop = sliceArg(a[1], STOP_MSG, -1);
        } else {
            if (a[1] != PyNone.NONE) {
                start = sliceArg(a[1], INDEX_MSG, 0);
            }
            stop = a[2] == PyNone.NONE ? -1 : sliceArg(a[2], STOP_MSG, -1);
            if (a.length == 4 && a[3] != PyNone.NONE) {
                Object v = indexOrNull(a[3]);
                if (v == null) {
                    throw Errors.value("Step for islice() must be a positive integer or None.");
                }
                BigInteger s = Ints.big(v);
                if (s.signum() <= 0 || s.bitLength() > 63) {
                    throw Errors.value("Step for islice() must be a positive integer or None.");
                }
                step = s.longValue();
            }
        }
        return new Islice(Iteration.iter(a[0]), start, stop, step);
    }

    static final class Islice extends It {
        private PyIterator source;
        private long next;
        private final long stop;
        private final long step;
        private long count;

        Islice(PyIterator source, long start, long stop, long step) {
            super(ISLICE);
            this.source = source;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public Object next() {
            if (source == null) {
                return null;
            }
            while (count < next) {
                Object v = source.next();
                if (v == null) {
                    source = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                source = null;
                return null;
            }
            Object v = source.next();
            if (v == null) {
                source = null;
                return null;
            }
            count++;
            long oldNext = next;
            next += step;
            if (next < oldNext || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }
    }

    // ---- chain ----

    static final class Chain extends It {
        private final PyIterator sources;
        private PyIterator current;

        Chain(PyIterator sources) {
            super(CHAIN);
            this.sources = sources;
        }

        @Override
        public Object next() {
            while (true) {
                if (current == null) {
                    Object src = sources.next();
                    if (src == null) {
                        return null;
                    }
                    current = Iteration.iter(src);
                }
                Object v = current.next();
                if (v != null) {
                    return v;
                }
                current = null;
            }
        }
    }

    // ---- combinatorics ----

    private static Object product(Object[] a, String[] k) {
        int npos = Natives.positional(a, k);
        long repeat = 1;
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                if (!k[i].equals("repeat")) {
                    throw Errors.type("product() got an unexpected keyword argument '%s'", k[i]);
                }
                repeat = Ops.indexValue(a[npos + i]);
            }
        }
        if (repeat < 0) {
            throw Errors.value("repeat argument cannot be negative");
        }
        List<Object[]> pools = new ArrayList<>();
        for (int i = 0; i < npos; i++) {
            pools.add(Natives.list(a[i]).toArray());
        }
        List<Object[]> all = new ArrayList<>();
        for (long r = 0; r < repeat; r++) {
            all.addAll(pools);
        }
        return new Product(all.toArray(new Object[0][]));
    }

    static final class Product extends It {
        private final Object[][] pools;
        private int[] indices;
        private boolean done;

        Product(Object[][] pools) {
            super(PRODUCT);
            this.pools = pools;
            for (Object[] p : pools) {
                if (p.length == 0) {
                    done = true;
                }
            }
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            int n = pools.length;
            if (indices == null) {
                indices = new int[n];
            } else {
                int i = n - 1;
                while (i >= 0) {
                    indices[i]++;
                    if (indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = pools[i][indices[i]];
            }
            return PyTuple.of(out);
        }
    }

    static final class Permutations extends It {
        private final Object[] pool;
        private final int r;
        private int[] indices;
        private int[] cycles;
        private boolean started;
        private boolean done;

        Permutations(Object[] pool, int r) {
            super(PERMUTATIONS);
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            if (r > n) {
                done = true;
                return;
            }
            indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            cycles = new int[r];
            for (int i = 0; i < r; i++) {
                cycles[i] = n - i;
            }
        }

        private Object current() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return PyTuple.of(out);
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
                return current();
            }
            int n = pool.length;
            if (n == 0) {
                done = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    return current();
                }
            }
            done = true;
            return null;
        }
    }

    static final class Combinations extends It {
        private final Object[] pool;
        private final int r;
        private final boolean replacement;
        private int[] indices;
        private boolean done;

        Combinations(Object[] pool, int r, boolean replacement) {
            super(replacement ? COMBINATIONS_WR : COMBINATIONS);
            this.pool = pool;
            this.r = r;
            this.replacement = replacement;
            if (replacement ? (pool.length == 0 && r > 0) : r > pool.length) {
                done = true;
            }
        }

        private Object current() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return PyTuple.of(out);
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                if (!replacement) {
                    for (int i = 0; i < r; i++) {
                        indices[i] = i;
                    }
                }
                return current();
            }
            int i;
            if (replacement) {
                for (i = r - 1; i >= 0; i--) {
                    if (indices[i] != n - 1) {
                        break;
                    }
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            } else {
                for (i = r - 1; i >= 0; i--) {
                    if (indices[i] != i + n - r) {
                        break;
                    }
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return current();
        }
    }

    // ---- accumulate, groupby ----

    static final class Accumulate extends It {
        private final PyIterator source;
        private final Object func;
        private Object total;
        private Object initial;

        Accumulate(PyIterator source, Object func, Object initial) {
            super(ACCUMULATE);
            this.source = source;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public Object next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            Object v = source.next();
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == null) {
                total = Arith.add(total, v);
            } else {
                total = Ops.call(func, total, v);
            }
            return total;
        }
    }

    static final class GroupBy extends It {
        final PyIterator source;
        final Object keyFunc;
        Object tgtKey;
        Object currKey;
        Object currValue;
        Grouper currGrouper;
        boolean exhausted;

        GroupBy(PyIterator source, Object keyFunc) {
            super(GROUPBY);
            this.source = source;
            this.keyFunc = keyFunc;
        }

        /** Advances to the next item; false at the end. */
        boolean step() {
            Object v = source.next();
            if (v == null) {
                exhausted = true;
                return false;
            }
            Object k = keyFunc == null ? v : Ops.call(keyFunc, v);
            currValue = v;
            currKey = k;
            return true;
        }

        @Override
        public Object next() {
            currGrouper = null;
            if (exhausted) {
                return null;
            }
            while (true) {
                if (currKey == null) {
                    if (!step()) {
                        return null;
                    }
                } else if (tgtKey == null) {
                    break;
                } else {
                    if (!Ops.eq(tgtKey, currKey)) {
                        break;
                    }
                    if (!step()) {
                        return null;
                    }
                }
            }
            tgtKey = currKey;
            currGrouper = new Grouper(this, tgtKey);
            return PyTuple.pair(currKey, currGrouper);
        }
    }

    static final class Grouper extends It {
        private final GroupBy parent;
        private final Object tgtKey;

        Grouper(GroupBy parent, Object tgtKey) {
            super(GROUPER);
            this.parent = parent;
            this.tgtKey = tgtKey;
        }

        @Override
        public Object next() {
            if (parent.currGrouper != this) {
                return null;
            }
            if (parent.currValue == null) {
                if (parent.exhausted || !parent.step()) {
                    return null;
                }
            }
            if (!Ops.eq(tgtKey, parent.currKey)) {
                return null;
            }
            Object r = parent.currValue;
            parent.currValue = null;
            return r;
        }
    }

    // ---- the rest ----

    static final class ZipLongest extends It {
        private final PyIterator[] its;
        private final Object fill;
        private int active;

        ZipLongest(PyIterator[] its, Object fill) {
            super(ZIP_LONGEST);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public Object next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            Object[] out = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = its[i] == null ? null : its[i].next();
                if (v == null) {
                    if (its[i] != null) {
                        its[i] = null;
                        active--;
                        if (active == 0) {
                            return null;
                        }
                    }
                    v = fill;
                }
                out[i] = v;
            }
            return PyTuple.of(out);
        }
    }

    static final class Starmap extends It {
        private final Object func;
        private final PyIterator source;

        Starmap(Object func, PyIterator source) {
            super(STARMAP);
            this.func = func;
            this.source = source;
        }

        @Override
        public Object next() {
            Object v = source.next();
            if (v == null) {
                return null;
            }
            Object[] args = v instanceof PyTuple t ? t.items().clone() : Natives.list(v).toArray();
            return Ops.call(func, args, null);
        }
    }

    static final class TakeWhile extends It {
        private final Object pred;
        private final PyIterator source;
        private boolean stopped;

        TakeWhile(Object pred, PyIterator source) {
            super(TAKEWHILE);
            this.pred = pred;
            this.source = source;
        }

        @Override
        public Object next() {
            if (stopped) {
                return null;
            }
            Object v = source.next();
            if (v == null) {
                return null;
            }
            if (Ops.truthy(Ops.call(pred, v))) {
                return v;
            }
            stopped = true;
            return null;
        }
    }

    static final class DropWhile extends It {
        private final Object pred;
        private final PyIterator source;
        private boolean dropping = true;

        DropWhile(Object pred, PyIterator source) {
            super(DROPWHILE);
            this.pred = pred;
            this.source = source;
        }

        @Override
        public Object next() {
            while (true) {
                Object v = source.next();
                if (v == null) {
                    return null;
                }
                if (!dropping) {
                    return v;
                }
                if (!Ops.truthy(Ops.call(pred, v))) {
                    dropping = false;
                    return v;
                }
            }
        }
    }

    static final class FilterFalse extends It {
        private final Object pred;
        private final PyIterator source;

        FilterFalse(Object pred, PyIterator source) {
            super(FILTERFALSE);
            this.pred = pred;
            this.source = source;
        }

        @Override
        public Object next() {
            while (true) {
                Object v = source.next();
                if (v == null) {
                    return null;
                }
                boolean t = pred == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(pred, v));
                if (!t) {
                    return v;
                }
            }
        }
    }

    static final class Compress extends It {
        private final PyIterator data;
        private final PyIterator selectors;

        Compress(PyIterator data, PyIterator selectors) {
            super(COMPRESS);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public Object next() {
            while (true) {
                Object d = data.next();
                if (d == null) {
                    return null;
                }
                Object s = selectors.next();
                if (s == null) {
                    return null;
                }
                if (Ops.truthy(s)) {
                    return d;
                }
            }
        }
    }

    static final class Pairwise extends It {
        private PyIterator source;
        private Object last;

        Pairwise(PyIterator source) {
            super(PAIRWISE);
            this.source = source;
        }

        @Override
        public Object next() {
            if (source == null) {
                return null;
            }
            if (last == null) {
                last = source.next();
                if (last == null) {
                    source = null;
                    return null;
                }
            }
            Object v = source.next();
            if (v == null) {
                source = null;
                last = null;
                return null;
            }
            Object a = last;
            last = v;
            return PyTuple.pair(a, v);
        }
    }

    static final class Batched extends It {
        private PyIterator source;
        private final int n;
        private final boolean strict;

        Batched(PyIterator source, int n, boolean strict) {
            super(BATCHED);
            this.source = source;
            this.n = n;
            this.strict = strict;
        }

        @Override
        public Object next() {
            if (source == null) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            while (items.size() < n) {
                Object v = source.next();
                if (v == null) {
                    source = null;
                    break;
                }
                items.add(v);
            }
            if (items.isEmpty()) {
                return null;
            }
            if (strict && items.size() < n) {
                throw Errors.value("batched(): incomplete batch");
            }
            return PyTuple.of(items.toArray());
        }
    }

    static final class TeeBuffer {
        final PyIterator source;
        final List<Object> items = new ArrayList<>();
        int offset;

        TeeBuffer(PyIterator source) {
            this.source = source;
        }
    }

    static final class Tee extends It {
        private final TeeBuffer buffer;
        private int position;

        Tee(TeeBuffer buffer) {
            super(TEE);
            this.buffer = buffer;
        }

        @Override
        public Object next() {
            if (position < buffer.items.size()) {
                return buffer.items.get(position++);
            }
            Object v = buffer.source.next();
            if (v == null) {
                return null;
            }
            buffer.items.add(v);
            position++;
            return v;
        }
    }
}
