package dev.tint.eval.runtime;

/** A value with its own ordering (user classes with __lt__ etc.); may answer NotImplemented.VALUE. */
public interface PyOrderable {
    /** op is one of "<", "<=", ">", ">=". */
    Object pyCompare(String op, Object other);
}
