package dev.tint.eval.runtime;

/**
 * A Tint value implemented by a Tint class. Python's int, float, bool and str are represented by
 * Java's Long/BigInteger, Double, Boolean and String instead, so that arithmetic needs no wrapper.
 */
public interface PyObject {
    PyType type();
}
