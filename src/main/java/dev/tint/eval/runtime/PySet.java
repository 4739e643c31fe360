package dev.tint.eval.runtime;

/**
 * A set (or frozenset) laid out exactly as CPython's setobject.c: open addressing with nine
 * linear probes then perturbed jumps, the same growth rule and the same dummy handling. Python
 * iterates a set in table order, so only a faithful layout prints {@code {8, 1, 2}} as CPython
 * does.
 */
public final class PySet implements PyObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys;
    private long[] hashes;
    private int mask;
    private int fill;
    private int used;
    private int finger;
    private int version;
    private final boolean frozen;

    public PySet() {
        this(false);
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    public int version() {
        return version;
    }

    /** Python hashes are never -1, so -1 can mark a dummy, as in CPython. */
    public boolean add(Object key) {
        return addEntry(key, Ops.hash(key));
    }

    public boolean addEntry(Object key, long hash) {
        while (true) {
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            restart:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    Object k = keys[e];
                    if (k == null && hashes[e] == 0) {
                        if (freeslot >= 0) {
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            version++;
                            return true;
                        }
                        fill++;
                        used++;
                        version++;
                        keys[e] = key;
                        hashes[e] = hash;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (hashes[e] == hash && k != DUMMY) {
                        if (k == key || equal(k, key)) {
                            return false;
                        }
                        if (keys != this.keys || m != mask) {
                            break restart;
                        }
                    } else if (k == DUMMY) {
                        freeslot = e;
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof String s) {
            return b instanceof String && s.equals(b);
        }
        return Ops.eq(a, b);
    }

    private int find(Object key, long hash) {
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int e = i;
            do {
                Object k = keys[e];
                if (k == null && hashes[e] == 0) {
                    return -1;
                }
                if (hashes[e] == hash && k != DUMMY && (k == key || equal(k, key))) {
                    return e;
                }
                e++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    public boolean contains(Object key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    public boolean containsEntry(Object key, long hash) {
        return find(key, hash) >= 0;
    }

    /** Removes the key if present; returns whether it was. */
    public boolean discard(Object key) {
        int e = find(key, Ops.hash(key));
        if (e < 0) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        version++;
        return true;
    }

    /** Removes and returns an arbitrary element (CPython's choice), or null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int e = finger & mask;
        while (keys[e] == null || keys[e] == DUMMY) {
            e++;
            if (e > mask) {
                e = 0;
            }
        }
        Object key = keys[e];
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        version++;
        finger = e + 1;
        return key;
    }

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        version++;
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int e = 0; e < oldKeys.length; e++) {
            Object k = oldKeys[e];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[e]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    int e = i + j + 1;
                    if (keys[e] == null) {
                        keys[e] = key;
                        hashes[e] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code self |= other} for another set, following CPython's set_merge. */
    public void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int e = 0; e <= other.mask; e++) {
                if (other.keys[e] != null) {
                    keys[e] = other.keys[e];
                    hashes[e] = other.hashes[e];
                }
            }
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int e = 0; e <= other.mask; e++) {
                Object k = other.keys[e];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[e]);
                }
            }
            version++;
            return;
        }
        for (int e = 0; e <= other.mask; e++) {
            Object k = other.keys[e];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[e]);
            }
        }
    }

    /** {@code self |= dict keys}, sized up front as CPython does. */
    public void mergeDictKeys(PyDict dict) {
        if ((long) (fill + dict.size()) * 5 >= (long) mask * 3) {
            resize((used + dict.size()) * 2);
        }
        for (int i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
            addEntry(dict.keyAt(i), dict.hashAt(i));
        }
    }

    /** Removes the entry if present (hash already known); returns whether it was. */
    public boolean discardEntry(Object key, long hash) {
        int e = find(key, hash);
        if (e < 0) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        version++;
        return true;
    }

    /**
     * Rebuilds the table when more than a quarter of it is dummies, as CPython does at the end of
     * difference_update (which decides the iteration order afterwards).
     */
    public void removeDummiesIfSparse() {
        if (fill - used <= mask / 4) {
            return;
        }
        resize(used > 50000 ? used * 2 : used * 4);
        version++;
    }

    /** Takes over the contents and table layout of {@code other} (CPython's set_swap_bodies into a temporary). */
    public void takeContents(PySet other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        version++;
    }

    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        s.merge(this);
        return s;
    }

    /** Table positions for iteration: the next occupied slot at or after {@code from}, or -1. */
    public int nextSlot(int from) {
        for (int e = from; e <= mask; e++) {
            Object k = keys[e];
            if (k != null && k != DUMMY) {
                return e;
            }
        }
        return -1;
    }

    public Object keyAt(int slot) {
        return keys[slot];
    }

    public long hashAt(int slot) {
        return hashes[slot];
    }

    @Override
    public PyType type() {
        return frozen ? PyType.FROZENSET : PyType.SET;
    }
}
