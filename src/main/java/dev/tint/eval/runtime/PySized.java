package dev.tint.eval.runtime;

/** A value with a length. */
public interface PySized {
    long pyLen();
}
