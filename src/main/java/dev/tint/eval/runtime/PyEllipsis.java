package dev.tint.eval.runtime;

/** Python's Ellipsis ({@code ...}). */
public final class PyEllipsis implements PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return PyType.ELLIPSIS_TYPE;
    }
}
