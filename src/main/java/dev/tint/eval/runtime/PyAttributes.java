package dev.tint.eval.runtime;

import java.util.List;

/** A value with its own attributes beyond its type's methods (functions, modules, exceptions). */
public interface PyAttributes {
    /** The attribute's value, or null when this object has no such attribute of its own. */
    Object findAttribute(String name);

    /** Stores an attribute; returns false when this object does not accept it. */
    default boolean storeAttribute(String name, Object value) {
        return false;
    }

    /** Names for dir() and "Did you mean" suggestions. */
    default List<String> attributeNames() {
        return List.of();
    }
}
