package dev.tint.eval.runtime;

/** A dict subclass with __missing__ (defaultdict-like user classes). */
public interface PyMissing {
    Object pyMissing(Object key);
}
