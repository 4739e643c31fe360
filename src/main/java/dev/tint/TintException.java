package dev.tint;

/**
 * An uncaught Tint exception (or SyntaxError) ending a {@link Tint#eval} call. The message is the
 * last line of the traceback CPython would print (e.g. {@code ZeroDivisionError: division by
 * zero}); {@link #traceback()} is the whole plain-text traceback.
 */
public final class TintException extends RuntimeException {
    private final String type;
    private final String traceback;
    private final int line;
    private final Integer exitCode;

    /**
     * @param type the Python exception type's name ("ZeroDivisionError", "SyntaxError", ...)
     * @param message the last traceback line
     * @param traceback the full plain-text traceback
     * @param line the line of a SyntaxError, else -1
     * @param exitCode the exit status of a SystemExit, else null
     * @param cause the Java exception behind an internal error, else null
     */
    public TintException(String type, String message, String traceback, int line, Integer exitCode,
                         Throwable cause) {
        super(message, cause);
        this.type = type;
        this.traceback = traceback;
        this.line = line;
        this.exitCode = exitCode;
    }

    /** The Python type name of the exception, e.g. "ValueError", "SyntaxError", "SystemExit". */
    public String type() {
        return type;
    }

    /** The full traceback as plain text (no ANSI escapes), ending in a newline. */
    public String traceback() {
        return traceback;
    }

    /** The 1-based line of a SyntaxError (or IndentationError) in the source; -1 for other errors. */
    public int line() {
        return line;
    }

    /**
     * For a SystemExit, the status CPython's process would exit with: 0 for {@code sys.exit()} or
     * {@code sys.exit(None)}, the int given, 1 for any other object; null for other exceptions.
     */
    public Integer exitCode() {
        return exitCode;
    }
}
