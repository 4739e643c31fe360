package dev.tint.eval.runtime;

/** A value with its own {@code ==} (user classes with __eq__); may answer NotImplemented.VALUE. */
public interface PyEquatable {
    Object pyEq(Object other);
}
