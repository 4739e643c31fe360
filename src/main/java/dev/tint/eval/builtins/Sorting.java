package dev.tint.eval.builtins;

import dev.tint.eval.runtime.Comparisons;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.Strs;

/**
 * {@code list.sort()} and {@code sorted()}: CPython's adaptive merge sort (natural runs, binary
 * insertion up to a minimum run length, galloping merges, the "powersort" merge policy), asking
 * only {@code <} of the keys. Following CPython's algorithm step by step means the same
 * comparisons happen in the same order, so inconsistent orderings (NaN, user {@code __lt__} with
 * side effects) give CPython's result, and no comparison is ever refused as "inconsistent".
 */
public final class Sorting {
    private static final int MAX_MINRUN = 64;
    private static final int MIN_GALLOP = 7;

    private Sorting() {}

    /** How two keys are ordered: only {@code a < b} is ever asked. */
    @FunctionalInterface
    private interface Less {
        boolean lt(Object a, Object b);
    }

    /**
     * Sorts the list in place as {@code list.sort(key=key, reverse=reverse)}; key is null or None
     * for none. While sorting, the list looks empty to key functions and comparisons; if they
     * modify it, ValueError "list modified during sort" follows.
     */
    public static void sortList(PyList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.array();
        list.setContents(new Object[0], 0);
        Object[] marker = list.array();
        Object[] keys = null;
        boolean completed = false;
        try {
            if (key != null && key != dev.tint.eval.runtime.PyNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Ops.call(key, items[i]);
                }
            }
            sortArrays(keys == null ? items : keys, keys == null ? null : items, n, reverse);
            completed = true;
        } finally {
            boolean modified = list.array() != marker || list.size() != 0;
            list.setContents(items, n);
            if (completed && modified) {
                throw Errors.value("list modified during sort");
            }
        }
    }

    /** A new sorted list of the iterable's items: {@code sorted(iterable, key=key, reverse=reverse)}. */
    public static PyList sorted(Object iterable, Object key, boolean reverse) {
        PyList list = Constructors.listOf(iterable);
        sortList(list, key, reverse);
        return list;
    }

    /**
     * Sorts keys[0:n] (and values in lockstep, when not null). When an exception escapes, the
     * arrays hold some permutation of their input, reversed back when reverse was asked, as
     * CPython leaves them.
     */
    private static void sortArrays(Object[] keys, Object[] values, int n, boolean reverse) {
        if (n < 2) {
            return;
        }
        Less less = chooseLess(keys, n);
        if (reverse) {
            reverse(keys, 0, n);
            if (values != null) {
                reverse(values, 0, n);
            }
        }
        try {
            new MergeState(keys, values, n, less).sort();
        } finally {
            if (reverse) {
                if (values != null) {
                    reverse(keys, 0, n);
                    reverse(values, 0, n);
                } else {
                    reverse(keys, 0, n);
                }
            }
        }
    }

    /** Homogeneous keys of the common types compare without going through the generic protocol. */
    private static Less chooseLess(Object[] keys, int n) {
        Class<?> first = keys[0].getClass();
        if (first == Long.class || first == String.class || first == Double.class) {
            for (int i = 1; i < n; i++) {
                if (keys[i].getClass() != first) {
                    return Comparisons::lt;
                }
            }
            if (first == Long.class) {
                return (a, b) -> (Long) a < (Long) b;
            }
            if (first == Double.class) {
                return (a, b) -> (Double) a < (Double) b;
            }
            return (a, b) -> Strs.compare((String) a, (String) b) < 0;
        }
        return Comparisons::lt;
    }

    static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int computeMinrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Depth of the boundary between two adjacent runs in the conceptual merge tree (powersort). */
    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private static final class MergeState {
        private final Object[] keys;
        private final Object[] values;
        private final int length;
        private final Less less;
        private int minGallop = MIN_GALLOP;
        private Object[] tmpKeys = new Object[0];
        private Object[] tmpValues = new Object[0];
        // The stack of pending runs (only needed when the list is longer than one run).
        private int[] runBase;
        private int[] runLen;
        private int[] runPower;
        private int pending;

        MergeState(Object[] keys, Object[] values, int length, Less less) {
            this.keys = keys;
            this.values = values;
            this.length = length;
            this.less = less;
        }

        private boolean lt(Object a, Object b) {
            return less.lt(a, b);
        }

        private void swapRange(int from, int n) {
            reverse(keys, from, from + n);
            if (values != null) {
                reverse(values, from, from + n);
            }
        }

        void sort() {
            int lo = 0;
            int remaining = length;
            int minrun = computeMinrun(remaining);
            if (minrun == remaining) {
                // A short list is one run: find its natural prefix, then insert the rest.
                int n = countRun(0, remaining);
                if (n < remaining) {
                    binarySort(0, remaining, n);
                }
                return;
            }
            runBase = new int[85];
            runLen = new int[85];
            runPower = new int[85];
            do {
                int n = countRun(lo, remaining);
                if (n < minrun) {
                    int force = Math.min(remaining, minrun);
                    binarySort(lo, force, n);
                    n = force;
                }
                foundNewRun(lo, n);
                runBase[pending] = lo;
                runLen[pending] = n;
                pending++;
                lo += n;
                remaining -= n;
            } while (remaining > 0);
            forceCollapse();
        }

        /** Stable binary insertion sort of [lo, lo+n) where [lo, lo+ok) is already sorted. */
        private void binarySort(int lo, int n, int ok) {
            if (ok == 0) {
                ok = 1;
            }
            for (; ok < n; ok++) {
                int left = 0;
                int right = ok;
                Object pivot = keys[lo + ok];
                do {
                    int m = (left + right) >>> 1;
                    if (lt(pivot, keys[lo + m])) {
                        right = m;
                    } else {
                        left = m + 1;
                    }
                } while (left < right);
                System.arraycopy(keys, lo + left, keys, lo + left + 1, ok - left);
                keys[lo + left] = pivot;
                if (values != null) {
                    Object v = values[lo + ok];
                    System.arraycopy(values, lo + left, values, lo + left + 1, ok - left);
                    values[lo + left] = v;
                }
            }
        }

        /**
         * The length of the run starting at lo (at most remaining long), made ascending in place
         * when it was descending (equal elements inside a descending run keep their order).
         */
        private int countRun(int lo, int remaining) {
            int n;
            for (n = 1; n < remaining; n++) {
                if (lt(keys[lo + n], keys[lo + n - 1])) {
                    break;
                }
            }
            if (n == remaining) {
                return n;
            }
            if (n > 1) {
                if (lt(keys[lo], keys[lo + n - 1])) {
                    return n;
                }
                swapRange(lo, n);
            }
            n++;
            int neq = 0;
            for (; n < remaining; n++) {
                if (lt(keys[lo + n], keys[lo + n - 1])) {
                    if (neq > 0) {
                        neq++;
                        swapRange(lo + n - neq, neq);
                        neq = 0;
                    }
                } else if (lt(keys[lo + n - 1], keys[lo + n])) {
                    break;
                } else {
                    neq++;
                }
            }
            if (neq > 0) {
                neq++;
                swapRange(lo + n - neq, neq);
            }
            swapRange(lo, n);
            for (; n < remaining; n++) {
                if (lt(keys[lo + n], keys[lo + n - 1])) {
                    break;
                }
            }
            return n;
        }

        private void foundNewRun(int lo, int n2) {
            if (pending > 0) {
                int s1 = runBase[pending - 1];
                int n1 = runLen[pending - 1];
                int power = powerloop(s1, n1, n2, length);
                while (pending > 1 && runPower[pending - 2] > power) {
                    mergeAt(pending - 2);
                }
                runPower[pending - 1] = power;
            }
        }

        private void forceCollapse() {
            while (pending > 1) {
                int n = pending - 2;
                if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
                mergeAt(n);
            }
        }

        private void mergeAt(int i) {
            int baseA = runBase[i];
            int na = runLen[i];
            int baseB = runBase[i + 1];
            int nb = runLen[i + 1];
            runLen[i] = na + nb;
            if (i == pending - 3) {
                runBase[i + 1] = runBase[i + 2];
                runLen[i + 1] = runLen[i + 2];
                runPower[i + 1] = runPower[i + 2];
            }
            pending--;
            int k = gallopRight(keys[baseB], keys, baseA, na, 0);
            baseA += k;
            na -= k;
            if (na == 0) {
                return;
            }
            nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
            if (nb <= 0) {
                return;
            }
            if (na <= nb) {
                mergeLo(baseA, na, baseB, nb);
            } else {
                mergeHi(baseA, na, baseB, nb);
            }
        }

        /** The k with a[k-1] < key <= a[k] in the sorted a[base, base+n), searching from hint. */
        private int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
            int lastofs = 0;
            int ofs = 1;
            if (lt(a[base + hint], key)) {
                int maxofs = n - hint;
                while (ofs < maxofs) {
                    if (lt(a[base + hint + ofs], key)) {
                        lastofs = ofs;
                        ofs = (ofs << 1) + 1;
                        if (ofs <= 0) {
                            ofs = maxofs;
                        }
                    } else {
                        break;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                lastofs += hint;
                ofs += hint;
            } else {
                int maxofs = hint + 1;
                while (ofs < maxofs) {
                    if (lt(a[base + hint - ofs], key)) {
                        break;
                    }
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                int k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            }
            lastofs++;
            while (lastofs < ofs) {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (lt(a[base + m], key)) {
                    lastofs = m + 1;
                } else {
                    ofs = m;
                }
            }
            return ofs;
        }

        /** The k with a[k-1] <= key < a[k] in the sorted a[base, base+n), searching from hint. */
        private int gallopRight(Object key, Object[] a, int base, int n, int hint) {
            int lastofs = 0;
            int ofs = 1;
            if (lt(key, a[base + hint])) {
                int maxofs = hint + 1;
                while (ofs < maxofs) {
                    if (lt(key, a[base + hint - ofs])) {
                        lastofs = ofs;
                        ofs = (ofs << 1) + 1;
                        if (ofs <= 0) {
                            ofs = maxofs;
                        }
                    } else {
                        break;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                int k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            } else {
                int maxofs = n - hint;
                while (ofs < maxofs) {
                    if (lt(key, a[base + hint + ofs])) {
                        break;
                    }
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                lastofs += hint;
                ofs += hint;
            }
            lastofs++;
            while (lastofs < ofs) {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (lt(key, a[base + m])) {
                    ofs = m;
                } else {
                    lastofs = m + 1;
                }
            }
            return ofs;
        }

        private void ensureTmp(int need) {
            if (tmpKeys.length < need) {
                int size = Math.max(need, Math.min(length / 2 + 1, Math.max(256, need * 2)));
                tmpKeys = new Object[size];
                if (values != null) {
                    tmpValues = new Object[size];
                }
            }
        }

        private void copy(Object[] srcK, Object[] srcV, int from, Object[] dstK, Object[] dstV, int to, int n) {
            System.arraycopy(srcK, from, dstK, to, n);
            if (values != null) {
                System.arraycopy(srcV, from, dstV, to, n);
            }
        }

        /** Merges the runs at pa (na long) and pb = pa + na (nb long), na <= nb, in place. */
        private void mergeLo(int pa, int na, int pb, int nb) {
            ensureTmp(na);
            Object[] tk = tmpKeys;
            Object[] tv = tmpValues;
            copy(keys, values, pa, tk, tv, 0, na);
            int dest = pa;
            int a = 0; // index into tmp
            int b = pb;
            copy(keys, values, b++, keys, values, dest++, 1);
            nb--;
            try {
                if (nb == 0) {
                    return;
                }
                if (na == 1) {
                    copyBLo(tk, tv, a, b, dest, nb);
                    na = 0;
                    return;
                }
                int mg = minGallop;
                outer:
                while (true) {
                    int acount = 0;
                    int bcount = 0;
                    while (true) {
                        if (lt(keys[b], tk[a])) {
                            copy(keys, values, b++, keys, values, dest++, 1);
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 0) {
                                break outer;
                            }
                            if (bcount >= mg) {
                                break;
                            }
                        } else {
                            copy(tk, tv, a++, keys, values, dest++, 1);
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 1) {
                                copyBLo(tk, tv, a, b, dest, nb);
                                na = 0;
                                return;
                            }
                            if (acount >= mg) {
                                break;
                            }
                        }
                    }
                    mg++;
                    do {
                        mg -= mg > 1 ? 1 : 0;
                        minGallop = mg;
                        int k = gallopRight(keys[b], tk, a, na, 0);
                        acount = k;
                        if (k > 0) {
                            copy(tk, tv, a, keys, values, dest, k);
                            dest += k;
                            a += k;
                            na -= k;
                            if (na == 1) {
                                copyBLo(tk, tv, a, b, dest, nb);
                                na = 0;
                                return;
                            }
                            if (na == 0) {
                                break outer;
                            }
                        }
                        copy(keys, values, b++, keys, values, dest++, 1);
                        nb--;
                        if (nb == 0) {
                            break outer;
                        }
                        k = gallopLeft(tk[a], keys, b, nb, 0);
                        bcount = k;
                        if (k > 0) {
                            copy(keys, values, b, keys, values, dest, k);
                            dest += k;
                            b += k;
                            nb -= k;
                            if (nb == 0) {
                                break outer;
                            }
                        }
                        copy(tk, tv, a++, keys, values, dest++, 1);
                        na--;
                        if (na == 1) {
                            copyBLo(tk, tv, a, b, dest, nb);
                            na = 0;
                            return;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    mg++;
                    minGallop = mg;
                }
            } finally {
                if (na > 0) {
                    copy(tk, tv, a, keys, values, dest, na);
                }
            }
        }

        /** The last element of run A belongs at the end: move B's rest down, then A's one. */
        private void copyBLo(Object[] tk, Object[] tv, int a, int b, int dest, int nb) {
            copy(keys, values, b, keys, values, dest, nb);
            copy(tk, tv, a, keys, values, dest + nb, 1);
        }

        /** Merges the runs at pa (na long) and pb = pa + na (nb long), na >= nb, in place. */
        private void mergeHi(int pa, int na, int pb, int nb) {
            ensureTmp(nb);
            Object[] tk = tmpKeys;
            Object[] tv = tmpValues;
            copy(keys, values, pb, tk, tv, 0, nb);
            int dest = pb + nb - 1;
            int a = pa + na - 1; // last of A, in keys
            int b = nb - 1; // last of B, in tmp
            copy(keys, values, a--, keys, values, dest--, 1);
            na--;
            try {
                if (na == 0) {
                    return;
                }
                if (nb == 1) {
                    copyAHi(tk, tv, a, b, dest, na);
                    nb = 0;
                    return;
                }
                int mg = minGallop;
                outer:
                while (true) {
                    int acount = 0;
                    int bcount = 0;
                    while (true) {
                        if (lt(tk[b], keys[a])) {
                            copy(keys, values, a--, keys, values, dest--, 1);
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 0) {
                                break outer;
                            }
                            if (acount >= mg) {
                                break;
                            }
                        } else {
                            copy(tk, tv, b--, keys, values, dest--, 1);
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 1) {
                                copyAHi(tk, tv, a, b, dest, na);
                                nb = 0;
                                return;
                            }
                            if (bcount >= mg) {
                                break;
                            }
                        }
                    }
                    mg++;
                    do {
                        mg -= mg > 1 ? 1 : 0;
                        minGallop = mg;
                        int k = gallopRight(tk[b], keys, pa, na, na - 1);
                        k = na - k;
                        acount = k;
                        if (k > 0) {
                            dest -= k;
                            a -= k;
                            copy(keys, values, a + 1, keys, values, dest + 1, k);
                            na -= k;
                            if (na == 0) {
                                break outer;
                            }
                        }
                        copy(tk, tv, b--, keys, values, dest--, 1);
                        nb--;
                        if (nb == 1) {
                            copyAHi(tk, tv, a, b, dest, na);
                            nb = 0;
                            return;
                        }
                        k = gallopLeft(keys[a], tk, 0, nb, nb - 1);
                        k = nb - k;
                        bcount = k;
                        if (k > 0) {
                            dest -= k;
                            b -= k;
                            copy(tk, tv, b + 1, keys, values, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                copyAHi(tk, tv, a, b, dest, na);
                                nb = 0;
                                return;
                            }
                            if (nb == 0) {
                                break outer;
                            }
                        }
                        copy(keys, values, a--, keys, values, dest--, 1);
                        na--;
                        if (na == 0) {
                            break outer;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    mg++;
                    minGallop = mg;
                }
            } finally {
                if (nb > 0) {
                    copy(tk, tv, 0, keys, values, dest - (nb - 1), nb);
                }
            }
        }

        /** The first element of run B belongs at the front: move A's rest up, then B's one. */
        private void copyAHi(Object[] tk, Object[] tv, int a, int b, int dest, int na) {
            copy(keys, values, a - na + 1, keys, values, dest - na + 1, na);
            copy(tk, tv, b, keys, values, dest - na, 1);
        }
    }
}
