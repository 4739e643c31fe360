package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Arith;
import dev.tint.eval.runtime.DictView;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyRange;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.error.ScriptError;
import java.util.List;

/**
 * The lazy iterator types {@code map}, {@code filter}, {@code zip}, {@code enumerate} and
 * {@code reversed} (with the reverse iterators of lists, ranges and dicts), plus {@code iter()}
 * and {@code next()}.
 */
public final class IteratorBuiltins {
    private IteratorBuiltins() {}

    public static final PyType MAP = new PyType("map", PyType.OBJECT);
    public static final PyType FILTER = new PyType("filter", PyType.OBJECT);
    public static final PyType ZIP = new PyType("zip", PyType.OBJECT);
    public static final PyType ENUMERATE = new PyType("enumerate", PyType.OBJECT);
    public static final PyType REVERSED = new PyType("reversed", PyType.OBJECT);
    static final PyType LIST_REVERSE_ITERATOR = new PyType("list_reverseiterator", PyType.OBJECT);
    static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", PyType.OBJECT);
    static final PyType DICT_REVERSE_KEYS = new PyType("dict_reversekeyiterator", PyType.OBJECT);
    static final PyType DICT_REVERSE_VALUES = new PyType("dict_reversevalueiterator", PyType.OBJECT);
    static final PyType DICT_REVERSE_ITEMS = new PyType("dict_reverseitemiterator", PyType.OBJECT);

    private static final List<String> ZIP_KEYWORDS = List.of("strict");

    static void install() {
        MAP.setConstructor((a, k) -> {
            Check.noKeywords("map", k);
            if (a.length < 2) {
                throw Errors.type("map() must have at least two arguments.");
            }
            PyIterator[] its = new PyIterator[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                its[i - 1] = Iteration.iter(a[i]);
            }
            return new MapIterator(a[0], its);
        });
        FILTER.setConstructor((a, k) -> {
            Check.range("filter", "filter", a, k, 2, 2);
            return new FilterIterator(a[0], Iteration.iter(a[1]));
        });
        ZIP.setConstructor((a, k) -> {
            int npos = Check.positional(a, k);
            boolean strict = false;
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    if (!k[i].equals("strict")) {
                        throw Errors.type("zip() got an unexpected keyword argument '%s'%s", k[i],
                                Suggestions.didYouMean(k[i], ZIP_KEYWORDS));
                    }
                    strict = Ops.truthy(a[npos + i]);
                }
            }
            PyIterator[] its = new PyIterator[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Iteration.iter(a[i]);
            }
            return new ZipIterator(its, strict);
        });
        ENUMERATE.setConstructor(IteratorBuiltins::newEnumerate);
        REVERSED.setConstructor((a, k) -> {
            Check.range("reversed", "reversed", a, k, 1, 1);
            return reversed(a[0]);
        });
    }

    private static Object newEnumerate(Object[] a, String[] k) {
        int npos = Check.positional(a, k);
        if (a.length > 2) {
            throw Errors.type("enumerate() takes at most 2 arguments (%d given)", a.length);
        }
        Object iterable = npos > 0 ? a[0] : null;
        Object start = npos > 1 ? a[1] : null;
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                Object v = a[npos + i];
                if (k[i].equals("iterable") && iterable == null) {
                    iterable = v;
                } else if (k[i].equals("start") && start == null) {
                    start = v;
                } else {
                    throw Errors.type("'%s' is an invalid keyword argument for enumerate()", k[i]);
                }
            }
        }
        if (iterable == null) {
            throw Errors.type("enumerate() missing required argument 'iterable'");
        }
        Object first = start == null ? (Object) 0L : Check.intValue(start);
        return new EnumerateIterator(Iteration.iter(iterable), first);
    }

    // ---- iter() and next() ----

    /** {@code iter(x)} or {@code iter(callable, sentinel)}. */
    static Object iter(Object[] a, String[] k) {
        Check.range("iter", "iter", a, k, 1, 2);
        if (a.length == 1) {
            if (a[0] instanceof dev.tint.eval.objects.PyInstance inst) {
                Object own = inst.iterResult();
                if (own != null) {
                    return own; // iter(x) is x.__iter__()'s own result, as in CPython
                }
            }
            return Iteration.iter(a[0]);
        }
        if (!Ops.isCallable(a[0])) {
            throw Errors.type("iter(v, w): v must be callable");
        }
        return new CallableIterator(a[0], a[1]);
    }

    /** {@code next(it)} or {@code next(it, default)}. */
    static Object next(Object[] a, String[] k) {
        Check.range("next", "next", a, k, 1, 2);
        Object it = a[0];
        if (it instanceof PyIterator i) {
            Object v = i.next();
            if (v != null) {
                return v;
            }
            if (a.length == 2) {
                return a[1];
            }
            throw Errors.stopIteration();
        }
        Object method = Dunders.find(it, "__next__");
        if (method == null) {
            throw Errors.type("'%s' object is not an iterator", Ops.typeName(it));
        }
        if (a.length == 1) {
            return Ops.call(method);
        }
        try {
            return Ops.call(method);
        } catch (ScriptError e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                return a[1];
            }
            throw e;
        }
    }

    // ---- reversed ----

    static Object reversed(Object seq) {
        if (seq instanceof dev.tint.eval.runtime.PyBacked b && b.backing() != null
                && Ops.typeOf(seq).lookup("__reversed__") == null) {
            seq = b.backing(); // list.__reversed__ / dict.__reversed__ unless the class defines its own
        }
        if (seq instanceof PyList l) {
            return new ListReverseIterator(l);
        }
        if (seq instanceof PyRange r) {
            long n = r.length();
            if (n == 0) {
                return new PyRange.Iter(r);
            }
            long last = r.start + (n - 1) * r.step;
            return new PyRange.Iter(new PyRange(last, last - n * r.step, -r.step));
        }
        if (seq instanceof PyTuple || seq instanceof String) {
            return new SequenceReverseIterator(seq, Ops.len(seq));
        }
        if (seq instanceof PyDict d) {
            return new DictReverseIterator(d, DictView.Kind.KEYS);
        }
        if (seq instanceof DictView v) {
            return new DictReverseIterator(v.dict(), v.kind());
        }
        Object method = Dunders.find(seq, "__reversed__");
        if (method != null) {
            return Ops.call(method);
        }
        if (Dunders.find(seq, "__getitem__") != null && Dunders.find(seq, "__len__") != null) {
            return new SequenceReverseIterator(seq, Ops.len(seq));
        }
        throw Errors.type("'%s' object is not reversible", Ops.typeName(seq));
    }

    // ---- the iterator classes ----

    static final class MapIterator extends PyIterator {
        private final Object function;
        private final PyIterator[] iterators;

        MapIterator(Object function, PyIterator[] iterators) {
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        public Object next() {
            if (iterators.length == 1) {
                Object v = iterators[0].next();
                return v == null ? null : Ops.call(function, v);
            }
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < args.length; i++) {
                Object v = iterators[i].next();
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return Ops.call(function, args);
        }

        @Override
        public PyType type() {
            return MAP;
        }
    }

    static final class FilterIterator extends PyIterator {
        private final Object predicate;
        private final PyIterator source;
        /** filter(None, ...) and filter(bool, ...) test the items' truth directly. */
        private final boolean identity;

        FilterIterator(Object predicate, PyIterator source) {
            this.predicate = predicate;
            this.source = source;
            this.identity = predicate == dev.tint.eval.runtime.PyNone.NONE || predicate == PyType.BOOL;
        }

        @Override
        public Object next() {
            for (Object v = source.next(); v != null; v = source.next()) {
                if (identity ? Ops.truthy(v) : Ops.truthy(Ops.call(predicate, v))) {
                    return v;
                }
            }
            return null;
        }

        @Override
        public PyType type() {
            return FILTER;
        }
    }

    static final class ZipIterator extends PyIterator {
        private final PyIterator[] iterators;
        private final boolean strict;

        ZipIterator(PyIterator[] iterators, boolean strict) {
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        public Object next() {
            int n = iterators.length;
            if (n == 0) {
                return null;
            }
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                Object v = iterators[i].next();
                if (v == null) {
                    if (strict) {
                        strictCheck(i);
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        /** Iterator i ran out: the others must run out at the same step. */
        private void strictCheck(int i) {
            if (i > 0) {
                throw Errors.value("zip() argument %d is shorter than argument%s%d", i + 1,
                        i == 1 ? " " : "s 1-", i);
            }
            for (int j = 1; j < iterators.length; j++) {
                if (iterators[j].next() != null) {
                    throw Errors.value("zip() argument %d is longer than argument%s%d", j + 1,
                            j == 1 ? " " : "s 1-", j);
                }
            }
        }

        @Override
        public PyType type() {
            return ZIP;
        }
    }

    static final class EnumerateIterator extends PyIterator {
        private final PyIterator source;
        private Object count;

        EnumerateIterator(PyIterator source, Object start) {
            this.source = source;
            this.count = start;
        }

        @Override
        public Object next() {
            Object v = source.next();
            if (v == null) {
                return null;
            }
            Object index = count;
            count = count instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1) : Arith.add(count, 1L);
            return PyTuple.pair(index, v);
        }

        @Override
        public PyType type() {
            return ENUMERATE;
        }
    }

    static final class ListReverseIterator extends PyIterator {
        private final PyList list;
        private int index;

        ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }

        @Override
        public PyType type() {
            return LIST_REVERSE_ITERATOR;
        }
    }

    /** reversed() of any sequence: items from len-1 down to 0 through subscription. */
    static final class SequenceReverseIterator extends PyIterator {
        private final Object sequence;
        private long index;

        SequenceReverseIterator(Object sequence, long length) {
            this.sequence = sequence;
            this.index = length - 1;
        }

        @Override
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return Items.getItem(sequence, index--);
            } catch (ScriptError e) {
                PyType t = e.exception().type();
                if (t.isSubtypeOf(ExceptionTypes.INDEX_ERROR) || t.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public PyType type() {
            return REVERSED;
        }
    }

    static final class DictReverseIterator extends PyIterator {
        private final PyDict dict;
        private final DictView.Kind kind;
        private final int size;
        private int entry = Integer.MAX_VALUE;

        DictReverseIterator(PyDict dict, DictView.Kind kind) {
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
        }

        @Override
        public Object next() {
            if (entry < 0) {
                return null;
            }
            if (dict.size() != size) {
                entry = -1;
                throw Errors.runtime("dictionary changed size during iteration");
            }
            int e = dict.previousEntry(entry == Integer.MAX_VALUE ? Integer.MAX_VALUE : entry - 1);
            if (e < 0) {
                entry = -1;
                return null;
            }
            entry = e;
            return switch (kind) {
                case KEYS -> dict.keyAt(e);
                case VALUES -> dict.valueAt(e);
                case ITEMS -> PyTuple.pair(dict.keyAt(e), dict.valueAt(e));
            };
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> DICT_REVERSE_KEYS;
                case VALUES -> DICT_REVERSE_VALUES;
                case ITEMS -> DICT_REVERSE_ITEMS;
            };
        }
    }

    /** iter(callable, sentinel). */
    static final class CallableIterator extends PyIterator {
        private Object function;
        private final Object sentinel;

        CallableIterator(Object function, Object sentinel) {
            this.function = function;
            this.sentinel = sentinel;
        }

        @Override
        public Object next() {
            if (function == null) {
                return null;
            }
            Object v;
            try {
                v = Ops.call(function);
            } catch (ScriptError e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    function = null;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Ops.eq(v, sentinel)) {
                function = null;
                return null;
            }
            return v;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITERATOR;
        }
    }
}
