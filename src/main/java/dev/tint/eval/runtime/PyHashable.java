package dev.tint.eval.runtime;

/** A value with its own Python hash. */
public interface PyHashable {
    long pyHash();
}
