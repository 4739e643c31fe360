package dev.tint.eval.runtime;

/**
 * An iterator. {@link #next()} returns null at the end instead of raising StopIteration, so
 * for-loops never pay for an exception; {@code next(it)} turns null into StopIteration.
 */
public abstract class PyIterator implements PyObject {
    private int sinceInterruptPoll;

    /** The next item, or null when exhausted. */
    public abstract Object next();

    /**
     * For iterators that can produce items for a long time without running user code (ranges,
     * counters), consumed by builtins like sum() or list(): polls Ctrl-C every 65,536 items, so
     * that {@code sum(range(10**12))} can be interrupted too.
     */
    protected final void pollInterruptEveryManyItems() {
        if (++sinceInterruptPoll >= 65_536) {
            sinceInterruptPoll = 0;
            ThreadState.pollCurrent();
        }
    }

    /** The Python type name shown by {@code type(it)}; subclasses name themselves. */
    protected String typeName() {
        return "iterator";
    }

    @Override
    public PyType type() {
        return IteratorTypes.typeFor(typeName());
    }
}
