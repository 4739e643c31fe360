package dev.tint.eval.runtime;

/** A value with its own truth (user classes with __bool__/__len__ implement it). */
public interface PyTruthy {
    boolean truthy();
}
