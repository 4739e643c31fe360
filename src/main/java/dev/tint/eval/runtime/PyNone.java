package dev.tint.eval.runtime;

/** Python's None. */
public final class PyNone implements PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return PyType.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
