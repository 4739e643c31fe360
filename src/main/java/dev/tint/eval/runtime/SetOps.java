package dev.tint.eval.runtime;

/** Set algebra with CPython's iteration choices (which decide the printed order of results). */
public final class SetOps {
    private SetOps() {}

    public static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = a.nextSlot(0); i >= 0; i = a.nextSlot(i + 1)) {
            if (!b.containsEntry(a.keyAt(i), a.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static PySet union(PySet a, PySet b, boolean frozen) {
        PySet r = a.copy(frozen);
        r.merge(b);
        return r;
    }

    /** CPython iterates the smaller set and probes the larger. */
    public static PySet intersection(PySet a, PySet b, boolean frozen) {
        if (a == b) {
            return a.copy(frozen);
        }
        PySet r = new PySet(frozen);
        // CPython iterates the second set unless it is strictly larger.
        PySet small = b;
        PySet large = a;
        if (b.size() > a.size()) {
            small = a;
            large = b;
        }
        for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
            if (large.containsEntry(small.keyAt(i), small.hashAt(i))) {
                r.addEntry(small.keyAt(i), small.hashAt(i));
            }
        }
        return r;
    }

    public static PySet difference(PySet a, PySet b, boolean frozen) {
        if ((a.size() >> 2) > b.size()) {
            // CPython copies a large set and discards the few common elements.
            PySet r = a.copy(frozen);
            differenceUpdate(r, b);
            return r;
        }
        PySet r = new PySet(frozen);
        for (int i = a.nextSlot(0); i >= 0; i = a.nextSlot(i + 1)) {
            if (!b.containsEntry(a.keyAt(i), a.hashAt(i))) {
                r.addEntry(a.keyAt(i), a.hashAt(i));
            }
        }
        return r;
    }

    /** {@code a -= b} as CPython's set_difference_update_internal for a set operand. */
    public static void differenceUpdate(PySet a, PySet b) {
        if (a == b) {
            a.clear();
            return;
        }
        PySet other = (b.size() >> 3) > a.size() ? intersection(a, b, false) : b;
        for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
            a.discardEntry(other.keyAt(i), other.hashAt(i));
        }
        a.removeDummiesIfSparse();
    }

    /** CPython builds {@code a ^ b} from a copy of b, then toggles a's elements in it. */
    public static PySet symmetricDifference(PySet a, PySet b, boolean frozen) {
        PySet r = b.copy(frozen);
        symmetricDifferenceUpdate(r, a);
        return r;
    }

    /** {@code a ^= b} for a set operand, as CPython's set_symmetric_difference_update. */
    public static void symmetricDifferenceUpdate(PySet a, PySet b) {
        if (a == b) {
            a.clear();
            return;
        }
        for (int i = b.nextSlot(0); i >= 0; i = b.nextSlot(i + 1)) {
            Object k = b.keyAt(i);
            long h = b.hashAt(i);
            if (!a.discardEntry(k, h)) {
                a.addEntry(k, h);
            }
        }
    }

    /** A set of the iterable's items, in CPython's insertion order. */
    public static PySet fromIterable(Object iterable, boolean frozen) {
        PySet r = new PySet(frozen);
        addAll(r, iterable);
        return r;
    }

    public static void addAll(PySet target, Object iterable) {
        if (iterable instanceof PySet s) {
            target.merge(s);
            return;
        }
        if (iterable instanceof PyDict d) {
            target.mergeDictKeys(d);
            return;
        }
        PyIterator it = Iteration.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            target.add(v);
        }
    }
}
