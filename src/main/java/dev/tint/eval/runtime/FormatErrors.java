package dev.tint.eval.runtime;

import dev.tint.eval.text.FormatException;
import java.util.function.Supplier;

/** Turns the text formatters' FormatException into the Python exception it names. */
public final class FormatErrors {
    private FormatErrors() {}

    public static <T> T translate(Supplier<T> body) {
        try {
            return body.get();
        } catch (FormatException e) {
            throw toScriptError(e);
        }
    }

    public static RuntimeException toScriptError(FormatException e) {
        PyType type = ExceptionTypes.all().getOrDefault(e.pythonType(), ExceptionTypes.VALUE_ERROR);
        return Errors.raise(type, e.getMessage());
    }
}
