package dev.tint.eval.runtime;

/** A method of a built-in type implemented in Java; {@code self} is the receiver. */
@FunctionalInterface
public interface BuiltinMethod {
    Object call(Object self, Object[] args, String[] kwnames);
}
