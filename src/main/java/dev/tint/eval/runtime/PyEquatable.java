package dev.tint.eval.runtime;

/** A value with its own {@code ==} (user classes with __eq__); may answer NotImplemented.VALUE. */
public interface PyEquatable {
    Object pyEq(Object other);

    /** {@code !=}: by default the negation of {@code ==}, as object.__ne__ does. */
    default Object pyNe(Object other) {
        Object r = pyEq(other);
        return r == NotImplemented.VALUE ? r : (Object) !Ops.truthy(r);
    }
}
