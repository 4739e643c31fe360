package dev.tint.eval.runtime;

import java.util.Arrays;

/**
 * An insertion-ordered hash map keyed by Python equality ({@code 1 == 1.0 == True} are one key),
 * laid out as CPython's compact dict: an entry array in insertion order plus an open-addressing
 * index of entry positions. Strings, the common key, compare without leaving Java.
 */
public final class PyDict implements PyObject {
    private static final Object DELETED = new Object();
    private static final int EMPTY = 0;
    private static final int DUMMY = -1;

    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    private int entries;
    private int size;
    private int[] index;
    /** Bumped on every insertion of a new key or deletion, so iterators can detect resizing. */
    private int version;

    public PyDict() {
        this(8);
    }

    public PyDict(int expected) {
        int cap = 8;
        while (cap * 2 < expected * 3) {
            cap <<= 1;
        }
        index = new int[cap];
        int entryCap = Math.max(4, (cap * 2) / 3);
        keys = new Object[entryCap];
        values = new Object[entryCap];
        hashes = new long[entryCap];
    }

    public int size() {
        return size;
    }

    public int version() {
        return version;
    }

    private static int mix(long h) {
        int x = (int) (h ^ (h >>> 32));
        return x ^ (x >>> 16);
    }

    /** Finds the index slot holding the key's entry, or -1. */
    private int findSlot(Object key, long hash) {
        int mask = index.length - 1;
        int i = mix(hash) & mask;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e > 0) {
                Object k = keys[e - 1];
                if (k == key || (hashes[e - 1] == hash && keyEquals(k, key))) {
                    return i;
                }
            }
            i = (i + 1) & mask;
        }
    }

    private static boolean keyEquals(Object stored, Object key) {
        if (stored instanceof String s) {
            return key instanceof String && s.equals(key);
        }
        return Ops.eq(stored, key);
    }

    public Object get(Object key) {
        return get(key, Ops.hash(key));
    }

    public Object get(Object key, long hash) {
        int slot = findSlot(key, hash);
        return slot < 0 ? null : values[index[slot] - 1];
    }

    public boolean containsKey(Object key) {
        return findSlot(key, Ops.hash(key)) >= 0;
    }

    public void put(Object key, Object value) {
        put(key, Ops.hash(key), value);
    }

    public void put(Object key, long hash, Object value) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            values[index[slot] - 1] = value;
            return;
        }
        if (entries == keys.length) {
            grow();
        }
        if ((entries + 1) * 3 > index.length * 2) {
            rebuildIndex(index.length * 2);
        }
        keys[entries] = key;
        values[entries] = value;
        hashes[entries] = hash;
        entries++;
        size++;
        version++;
        insertIndex(hash, entries);
    }

    private void insertIndex(long hash, int entryPlusOne) {
        int mask = index.length - 1;
        int i = mix(hash) & mask;
        while (index[i] > 0) {
            i = (i + 1) & mask;
        }
        index[i] = entryPlusOne;
    }

    private void grow() {
        if (size < entries) {
            compact();
            if (entries < keys.length) {
                return;
            }
        }
        int cap = keys.length * 2;
        keys = Arrays.copyOf(keys, cap);
        values = Arrays.copyOf(values, cap);
        hashes = Arrays.copyOf(hashes, cap);
    }

    /** Drops deleted entries, keeping insertion order, and rebuilds the index. */
    private void compact() {
        int j = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != DELETED) {
                keys[j] = keys[i];
                values[j] = values[i];
                hashes[j] = hashes[i];
                j++;
            }
        }
        for (int i = j; i < entries; i++) {
            keys[i] = null;
            values[i] = null;
        }
        entries = j;
        rebuildIndex(index.length);
    }

    private void rebuildIndex(int capacity) {
        while (capacity * 2 < (size + 1) * 3) {
            capacity <<= 1;
        }
        index = new int[capacity];
        for (int i = 0; i < entries; i++) {
            if (keys[i] != DELETED) {
                insertIndex(hashes[i], i + 1);
            }
        }
    }

    /** Removes the key; returns its value or null when absent. */
    public Object remove(Object key) {
        long hash = Ops.hash(key);
        int slot = findSlot(key, hash);
        if (slot < 0) {
            return null;
        }
        int e = index[slot] - 1;
        Object old = values[e];
        index[slot] = DUMMY;
        keys[e] = DELETED;
        values[e] = null;
        size--;
        version++;
        if (size == 0) {
            clear();
        }
        return old;
    }

    public void clear() {
        Arrays.fill(keys, 0, entries, null);
        Arrays.fill(values, 0, entries, null);
        Arrays.fill(index, EMPTY);
        entries = 0;
        size = 0;
        version++;
    }

    /** The first live entry position at or after {@code from}, or -1: iterate with keyAt/valueAt. */
    public int nextEntry(int from) {
        for (int i = from; i < entries; i++) {
            if (keys[i] != DELETED) {
                return i;
            }
        }
        return -1;
    }

    /** The last live entry position at or before {@code from}, or -1 (for popitem and reversed). */
    public int previousEntry(int from) {
        for (int i = Math.min(from, entries - 1); i >= 0; i--) {
            if (keys[i] != DELETED) {
                return i;
            }
        }
        return -1;
    }

    public Object keyAt(int entry) {
        return keys[entry];
    }

    public Object valueAt(int entry) {
        return values[entry];
    }

    public long hashAt(int entry) {
        return hashes[entry];
    }

    public void setValueAt(int entry, Object value) {
        values[entry] = value;
    }

    public PyDict copy() {
        PyDict d = new PyDict(size);
        for (int i = nextEntry(0); i >= 0; i = nextEntry(i + 1)) {
            d.put(keys[i], hashes[i], values[i]);
        }
        return d;
    }

    @Override
    public PyType type() {
        return PyType.DICT;
    }
}
