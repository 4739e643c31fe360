package dev.tint.eval.runtime;

/**
 * Anything that can be called. Arguments follow CPython's vectorcall convention: positional
 * arguments first, then the values of keyword arguments whose names are in {@code kwnames}
 * (null when there are none), in the same order.
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwnames);

    /** Whether callable() says yes: instances of user classes only when they define __call__. */
    default boolean pyCallable() {
        return true;
    }
}
