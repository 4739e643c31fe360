package dev.tint.eval.runtime;

/** A type attribute that computes its value on access (properties, classmethods, int.real ...). */
public interface PyDescriptor {
    /** instance is null when accessed through the type. */
    Object get(Object instance, PyType owner);
}
