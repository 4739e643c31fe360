package dev.tint.eval.runtime;

/**
 * An instance of a user subclass of {@code list} or {@code dict}: it keeps its items in a plain
 * {@link PyList} or {@link PyDict}, which the built-in methods act on.
 */
public interface PyBacked {
    /** The list or dict holding the items. */
    Object backing();

    /** A user {@code __missing__(key)}'s result, or null when the class defines none. */
    Object missing(Object key);
}
