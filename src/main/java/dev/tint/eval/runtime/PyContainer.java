package dev.tint.eval.runtime;

/** A value with its own membership test. */
public interface PyContainer {
    boolean pyContains(Object item);
}
