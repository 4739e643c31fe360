package dev.tint.eval.text;

/**
 * A Python-level error raised by the number/text utilities: the caller turns it into a Python
 * exception of type {@link #pythonType()} carrying {@link #getMessage()}.
 *
 * <p>It is stackless because it is a control-flow signal to the interpreter, never a Java bug
 * report; capturing a stack trace would make {@code int("x")} in a try/except loop needlessly slow.
 */
public final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The Python exception class name: "ValueError", "TypeError" or "OverflowError"; rarely
     * "MemoryError" (a field width no JVM string can hold) and, from the source-literal parsers,
     * "SyntaxError".
     */
    private final String pythonType;

    public FormatException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    public static FormatException valueError(String message) {
        return new FormatException("ValueError", message);
    }

    public static FormatException typeError(String message) {
        return new FormatException("TypeError", message);
    }

    public static FormatException overflowError(String message) {
        return new FormatException("OverflowError", message);
    }

    public String pythonType() {
        return pythonType;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
