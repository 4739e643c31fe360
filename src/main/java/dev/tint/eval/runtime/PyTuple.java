package dev.tint.eval.runtime;

/** An immutable sequence. The item array is never modified after construction. */
public final class PyTuple implements PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /** Wraps the array without copying: the caller hands it over. */
    public static PyTuple of(Object[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple pair(Object a, Object b) {
        return new PyTuple(new Object[] {a, b});
    }

    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public PyType type() {
        return PyType.TUPLE;
    }
}
