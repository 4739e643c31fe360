package dev.tint.eval.runtime;

/**
 * An iterator. {@link #next()} returns null at the end instead of raising StopIteration, so
 * for-loops never pay for an exception; {@code next(it)} turns null into StopIteration.
 */
public abstract class PyIterator implements PyObject {
    /** The next item, or null when exhausted. */
    public abstract Object next();

    /** The Python type name shown by {@code type(it)}; subclasses name themselves. */
    protected String typeName() {
        return "iterator";
    }

    @Override
    public PyType type() {
        return IteratorTypes.typeFor(typeName());
    }
}
