package dev.tint.eval.runtime;

/** A value whose own attributes can be deleted ({@code del obj.x}). */
public interface PyDeletable {
    /** Returns false when the attribute is not this object's own. */
    boolean deleteAttribute(String name);
}
