package dev.tint.eval.runtime;

import java.util.Arrays;

/** A mutable sequence backed by a growable array. */
public final class PyList implements PyObject {
    private Object[] items;
    private int size;

    public PyList() {
        items = new Object[8];
    }

    public PyList(int capacity) {
        items = new Object[Math.max(capacity, 4)];
    }

    /** Adopts the array: the caller must not keep it. */
    public static PyList adopt(Object[] items, int size) {
        PyList list = new PyList(0);
        list.items = items.length == 0 ? new Object[4] : items;
        list.size = size;
        return list;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    /** The backing array; only the first {@link #size()} entries are meaningful. */
    public Object[] array() {
        return items;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void append(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = v;
    }

    public void insert(int index, Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public Object remove(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    /** Replaces items [from, to) with the given ones (slice assignment with step 1). */
    public void replace(int from, int to, Object[] with, int withSize) {
        int removed = to - from;
        int newSize = size - removed + withSize;
        if (newSize > items.length) {
            items = Arrays.copyOf(items, newSize + (newSize >> 2) + 4);
        }
        System.arraycopy(items, to, items, from + withSize, size - to);
        System.arraycopy(with, 0, items, from, withSize);
        for (int i = newSize; i < size; i++) {
            items[i] = null;
        }
        size = newSize;
    }

    public void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    public void setContents(Object[] newItems, int newSize) {
        items = newItems.length == 0 ? new Object[4] : newItems;
        size = newSize;
    }

    @Override
    public PyType type() {
        return PyType.LIST;
    }
}
