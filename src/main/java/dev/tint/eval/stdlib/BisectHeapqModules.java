package dev.tint.eval.stdlib;

import dev.tint.eval.builtins.Sorting;
import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Items;
import dev.tint.eval.runtime.Iteration;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyIterator;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/** {@code bisect} and {@code heapq}, native as CPython's C accelerators are. */
public final class BisectHeapqModules {
    private BisectHeapqModules() {}

    // ------------------------------------------------------------------ bisect

    public static PyModule bisect() {
        PyModule m = Natives.module("bisect", "Bisection algorithms.");
        Natives.def(m, "bisect_right", (a, k) -> search("bisect_right", a, k, true));
        Natives.def(m, "bisect_left", (a, k) -> search("bisect_left", a, k, false));
        Natives.def(m, "bisect", (a, k) -> search("bisect_right", a, k, true));
        Natives.def(m, "insort_right", (a, k) -> insort("insort_right", a, k, true));
        Natives.def(m, "insort_left", (a, k) -> insort("insort_left", a, k, false));
        Natives.def(m, "insort", (a, k) -> insort("insort_right", a, k, true));
        return m;
    }

    private static final String[] BISECT_PARAMS = {"a", "x", "lo", "hi", "key"};

    private static Object search(String fn, Object[] args, String[] kw, boolean right) {
        Object[] p = Natives.parse(fn, args, kw, BISECT_PARAMS, 4, 2);
        Object key = p[4] == null || p[4] == PyNone.NONE ? null : p[4];
        return internal(p[0], p[1], p[2], p[3], key, right);
    }

    private static long internal(Object a, Object x, Object loArg, Object hiArg, Object key, boolean right) {
        long lo = loArg == null ? 0 : Ops.indexValue(loArg);
        if (lo < 0) {
            throw Errors.value("lo must be non-negative");
        }
        long hi = hiArg == null || hiArg == PyNone.NONE ? Ops.len(a) : Ops.indexValue(hiArg);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = get(a, mid);
            if (key != null) {
                item = Ops.call(key, item);
            }
            if (right ? Comparisons.lt(x, item) : Comparisons.lt(item, x)) {
                if (right) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else {
                if (right) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        return lo;
    }

    private static Object get(Object a, long i) {
        if (a instanceof PyList l && i < l.size()) {
            return l.get((int) i);
        }
        return Items.getItem(a, i);
    }

    private static Object insort(String fn, Object[] args, String[] kw, boolean right) {
        Object[] p = Natives.parse(fn, args, kw, BISECT_PARAMS, 4, 2);
        Object key = p[4] == null || p[4] == PyNone.NONE ? null : p[4];
        Object x = p[1];
        long index = internal(p[0], key == null ? x : Ops.call(key, x), p[2], p[3], key, right);
        if (p[0] instanceof PyList l) {
            l.insert((int) Math.min(index, l.size()), x);
        } else {
            Ops.call(Ops.getAttr(p[0], "insert"), index, x);
        }
        return PyNone.NONE;
    }

    // ------------------------------------------------------------------ heapq

    public static PyModule heapq() {
        PyModule m = Natives.module("heapq", "Heap queue algorithm (a.k.a. priority queue).");
        Natives.def(m, "heappush", (a, k) -> {
            Natives.exactly("heappush", a, k, 2);
            PyList heap = heapArg(a[0]);
            heap.append(a[1]);
            siftDown(heap, 0, heap.size() - 1);
            return PyNone.NONE;
        });
        Natives.def(m, "heappop", (a, k) -> {
            Natives.exactlyOne("heappop", a, k);
            PyList heap = heapArg(a[0]);
            return pop(heap);
        });
        Natives.def(m, "heapify", (a, k) -> {
            Natives.exactlyOne("heapify", a, k);
            PyList heap = heapArg(a[0]);
            int n = heap.size();
            for (int i = n / 2 - 1; i >= 0; i--) {
                siftUp(heap, i);
            }
            return PyNone.NONE;
        });
        Natives.def(m, "heapreplace", (a, k) -> {
            Natives.exactly("heapreplace", a, k, 2);
            PyList heap = heapArg(a[0]);
            if (heap.size() == 0) {
                throw Errors.index("index out of range");
            }
            Object r = heap.get(0);
            heap.set(0, a[1]);
            siftUp(heap, 0);
            return r;
        });
        Natives.def(m, "heappushpop", (a, k) -> {
            Natives.exactly("heappushpop", a, k, 2);
            PyList heap = heapArg(a[0]);
            Object item = a[1];
            if (heap.size() == 0 || !Comparisons.lt(heap.get(0), item)) {
                return item;
            }
            Object r = heap.get(0);
            heap.set(0, item);
            siftUp(heap, 0);
            return r;
        });
        Natives.def(m, "nlargest", (a, k) -> nbest("nlargest", a, k, true));
        Natives.def(m, "nsmallest", (a, k) -> nbest("nsmallest", a, k, false));
        Natives.def(m, "merge", (a, k) -> {
            int npos = Natives.positional(a, k);
            Object key = null;
            boolean reverse = false;
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    Object v = a[npos + i];
                    if (k[i].equals("key")) {
                        key = v == PyNone.NONE ? null : v;
                    } else if (k[i].equals("reverse")) {
                        reverse = Ops.truthy(v);
                    } else {
                        throw Errors.type("merge() got an unexpected keyword argument '%s'", k[i]);
                    }
                }
            }
            PyIterator[] its = new PyIterator[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Iteration.iter(a[i]);
            }
            return new Merge(its, key, reverse);
        });
        return m;
    }

    private static PyList heapArg(Object o) {
        if (o instanceof PyList l) {
            return l;
        }
        throw Errors.type("heap argument must be a list");
    }

    private static Object pop(PyList heap) {
        int n = heap.size();
        if (n == 0) {
            throw Errors.index("index out of range");
        }
        Object last = heap.remove(n - 1);
        if (n - 1 == 0) {
            return last;
        }
        Object r = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0);
        return r;
    }

    /** CPython's _siftdown: moves the item at pos up towards startpos. */
    private static void siftDown(PyList heap, int startpos, int pos) {
        Object newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            Object parent = heap.get(parentpos);
            if (Comparisons.lt(newitem, parent)) {
                heap.set(pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.set(pos, newitem);
    }

    /** CPython's _siftup: bubbles the smaller child up until hitting a leaf, then sifts down. */
    private static void siftUp(PyList heap, int pos) {
        int endpos = heap.size();
        int startpos = pos;
        Object newitem = heap.get(pos);
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !Comparisons.lt(heap.get(childpos), heap.get(rightpos))) {
                childpos = rightpos;
            }
            heap.set(pos, heap.get(childpos));
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.set(pos, newitem);
        siftDown(heap, startpos, pos);
    }

    private static Object nbest(String fn, Object[] a, String[] k, boolean largest) {
        Object[] p = Natives.parse(fn, a, k, new String[] {"n", "iterable", "key"}, 2, 2);
        long n = Ops.indexValue(p[0]);
        Object key = p[2] == null ? PyNone.NONE : p[2];
        PyList sorted = Sorting.sorted(p[1], key, largest);
        if (n <= 0) {
            return new PyList();
        }
        PyList out = new PyList();
        for (int i = 0; i < sorted.size() && i < n; i++) {
            out.append(sorted.get(i));
        }
        return out;
    }

    static final PyType GENERATOR = new PyType("generator", PyType.OBJECT);

    /** heapq.merge: a lazy merge of sorted inputs, stable across inputs (earlier inputs first on ties). */
    static final class Merge extends PyIterator {
        private final PyIterator[] its;
        private final Object key;
        private final boolean reverse;
        private final Object[] heads;
        private final Object[] keys;
        private boolean started;

        Merge(PyIterator[] its, Object key, boolean reverse) {
            this.its = its;
            this.key = key;
            this.reverse = reverse;
            this.heads = new Object[its.length];
            this.keys = new Object[its.length];
        }

        private void advance(int i) {
            Object v = its[i].next();
            heads[i] = v;
            keys[i] = v == null ? null : key == null ? v : Ops.call(key, v);
        }

        @Override
        public Object next() {
            if (!started) {
                started = true;
                for (int i = 0; i < its.length; i++) {
                    advance(i);
                }
            }
            int best = -1;
            for (int i = 0; i < its.length; i++) {
                if (heads[i] == null) {
                    continue;
                }
                if (best < 0 || (reverse ? Comparisons.lt(keys[best], keys[i]) : Comparisons.lt(keys[i], keys[best]))) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            Object r = heads[best];
            advance(best);
            return r;
        }

        @Override
        public PyType type() {
            return GENERATOR;
        }
    }
}
