package dev.tint.eval.runtime;

/** A value that makes its own iterator (user classes with __iter__). */
public interface PyIterable {
    PyIterator pyIter();
}
