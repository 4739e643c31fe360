package dev.tint.eval.runtime;

/** The Java body of a built-in function. */
@FunctionalInterface
public interface BuiltinFunction {
    Object call(Object[] args, String[] kwnames);
}
