package dev.tint.eval.runtime;

/** Python's NotImplemented: a binary dunder's way to say "try the other operand". */
public final class NotImplemented implements PyObject {
    public static final NotImplemented VALUE = new NotImplemented();

    private NotImplemented() {}

    @Override
    public PyType type() {
        return PyType.NOT_IMPLEMENTED_TYPE;
    }
}
