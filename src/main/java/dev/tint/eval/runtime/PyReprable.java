package dev.tint.eval.runtime;

/** A value that writes its own repr (and str, which defaults to the repr). */
public interface PyReprable {
    String pyRepr();

    default String pyStr() {
        return pyRepr();
    }
}
