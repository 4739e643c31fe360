package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;

/** The methods of {@code list} and {@code tuple}. */
final class ListMethods {
    private ListMethods() {}

    private static final Params SORT = new Params("sort", 0, 0, 0, "key", "reverse");

    static void install() {
        PyType t = PyType.LIST;
        t.defineMethod("append", (self, a, k) -> {
            ((PyList) self).append(Check.oneArg("list.append", a, k));
            return PyNone.NONE;
        });
        t.defineMethod("extend", (self, a, k) -> {
            extend((PyList) self, Check.oneArg("list.extend", a, k));
            return PyNone.NONE;
        });
        t.defineMethod("insert", (self, a, k) -> {
            Check.range("list.insert", "insert", a, k, 2, 2);
            PyList l = (PyList) self;
            long i = Check.ssize(a[0]);
            int n = l.size();
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            } else if (i > n) {
                i = n;
            }
            l.insert((int) i, a[1]);
            return PyNone.NONE;
        });
        t.defineMethod("remove", (self, a, k) -> {
            Object x = Check.oneArg("list.remove", a, k);
            PyList l = (PyList) self;
            for (int i = 0; i < l.size(); i++) {
                Object v = l.get(i);
                if (v == x || Comparisons.eq(v, x)) {
                    if (i < l.size()) {
                        l.remove(i);
                    }
                    return PyNone.NONE;
                }
            }
            throw Errors.value("list.remove(x): x not in list");
        });
        t.defineMethod("pop", (self, a, k) -> {
            Check.range("list.pop", "pop", a, k, 0, 1);
            PyList l = (PyList) self;
            long i = a.length == 0 ? -1 : Check.ssize(a[0]);
            int n = l.size();
            if (n == 0) {
                throw Errors.index("pop from empty list");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.index("pop index out of range");
            }
            return l.remove((int) i);
        });
        t.defineMethod("clear", (self, a, k) -> {
            Check.noArgs("list.clear", a, k);
            ((PyList) self).clear();
            return PyNone.NONE;
        });
        t.defineMethod("copy", (self, a, k) -> {
            Check.noArgs("list.copy", a, k);
            PyList l = (PyList) self;
            return PyList.adopt(l.toArray(), l.size());
        });
        t.defineMethod("reverse", (self, a, k) -> {
            Check.noArgs("list.reverse", a, k);
            PyList l = (PyList) self;
            Sorting.reverse(l.array(), 0, l.size());
            return PyNone.NONE;
        });
        t.defineMethod("count", (self, a, k) -> {
            Object x = Check.oneArg("list.count", a, k);
            PyList l = (PyList) self;
            long n = 0;
            for (int i = 0; i < l.size(); i++) {
                Object v = l.get(i);
                if (v == x || Comparisons.eq(v, x)) {
                    n++;
                }
            }
            return n;
        });
        t.defineMethod("index", (self, a, k) -> {
            Check.range("list.index", "index", a, k, 1, 3);
            PyList l = (PyList) self;
            long[] bounds = bounds(a, l.size());
            for (long i = bounds[0]; i < bounds[1] && i < l.size(); i++) {
                Object v = l.get((int) i);
                if (v == a[0] || Comparisons.eq(v, a[0])) {
                    return i;
                }
            }
            throw Errors.value("%s is not in list", Ops.repr(a[0]));
        });
        t.defineMethod("sort", (self, a, k) -> {
            Object[] p = SORT.bind(a, k);
            Sorting.sortList((PyList) self, p[0], p[1] != null && Ops.truthy(p[1]));
            return PyNone.NONE;
        });

        PyType tt = PyType.TUPLE;
        tt.defineMethod("count", (self, a, k) -> {
            Object x = Check.oneArg("tuple.count", a, k);
            long n = 0;
            for (Object v : ((PyTuple) self).items()) {
                if (v == x || Comparisons.eq(v, x)) {
                    n++;
                }
            }
            return n;
        });
        tt.defineMethod("index", (self, a, k) -> {
            Check.range("tuple.index", "index", a, k, 1, 3);
            Object[] items = ((PyTuple) self).items();
            long[] bounds = bounds(a, items.length);
            for (long i = bounds[0]; i < bounds[1] && i < items.length; i++) {
                Object v = items[(int) i];
                if (v == a[0] || Comparisons.eq(v, a[0])) {
                    return i;
                }
            }
            throw Errors.value("tuple.index(x): x not in tuple");
        });
    }

    /** start and stop of index(x, start, stop), negative ones counted from the end. */
    private static long[] bounds(Object[] a, int n) {
        long start = a.length > 1 ? Check.sequenceBound(a[1]) : 0;
        long stop = a.length > 2 ? Check.sequenceBound(a[2]) : Long.MAX_VALUE / 2;
        if (start < 0) {
            start += n;
            if (start < 0) {
                start = 0;
            }
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) {
                stop = 0;
            }
        }
        return new long[] {start, stop};
    }

    static void extend(PyList l, Object iterable) {
        if (iterable instanceof PyList other) {
            Object[] items = other.toArray();
            for (Object v : items) {
                l.append(v);
            }
            return;
        }
        if (iterable instanceof PyTuple t) {
            for (Object v : t.items()) {
                l.append(v);
            }
            return;
        }
        PyIterator it = Iteration.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            l.append(v);
        }
    }
}
