package dev.tint.cli;

/**
 * A bad command line or environment. The message is one line without the {@code tint: }
 * prefix, e.g. {@code unknown option: '--bogus'}; it is printed with the hint to try
 * {@code repl --help}, and the process exits with status 2.
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
