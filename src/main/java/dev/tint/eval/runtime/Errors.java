package dev.tint.eval.runtime;

import dev.tint.error.ScriptError;

/**
 * Factories for the exceptions the runtime raises. Each returns the Java throwable so call sites
 * read {@code throw Errors.type(...)}.
 */
public final class Errors {
    private Errors() {}

    public static ScriptError raise(PyType type, String message) {
        return new ScriptError(new PyBaseException(type, message));
    }

    private static ScriptError raise(PyType type, String format, Object... args) {
        return raise(type, args.length == 0 ? format : String.format(format, args));
    }

    public static ScriptError type(String format, Object... args) {
        return raise(ExceptionTypes.TYPE_ERROR, format, args);
    }

    public static ScriptError value(String format, Object... args) {
        return raise(ExceptionTypes.VALUE_ERROR, format, args);
    }

    public static ScriptError index(String message) {
        return raise(ExceptionTypes.INDEX_ERROR, message);
    }

    public static ScriptError key(Object key) {
        return new ScriptError(new PyBaseException(ExceptionTypes.KEY_ERROR, new Object[] {key}, null));
    }

    public static ScriptError zeroDivision(String message) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static ScriptError overflow(String format, Object... args) {
        return raise(ExceptionTypes.OVERFLOW_ERROR, format, args);
    }

    public static ScriptError attribute(String format, Object... args) {
        return raise(ExceptionTypes.ATTRIBUTE_ERROR, format, args);
    }

    /** CPython's OverflowError from the C library's ERANGE: args (34, 'Numerical result out of range'). */
    public static ScriptError resultOutOfRange() {
        return new ScriptError(new PyBaseException(ExceptionTypes.OVERFLOW_ERROR,
                new Object[] {34L, "Numerical result out of range"}, null));
    }

    public static ScriptError runtime(String format, Object... args) {
        return raise(ExceptionTypes.RUNTIME_ERROR, format, args);
    }

    public static ScriptError recursion() {
        return raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    public static ScriptError stopIteration() {
        return new ScriptError(new PyBaseException(ExceptionTypes.STOP_ITERATION, new Object[0], null));
    }

    /** "'int' object is not iterable" and friends. */
    public static ScriptError notA(Object value, String what) {
        return type("'%s' object is not %s", Ops.typeName(value), what);
    }
}
