package dev.tint.cli;

import java.io.PrintStream;

/** Reports a Java exception or error that escaped the interpreter: exit status 70. */
public final class Crash {
    private Crash() {}

    /**
     * Prints {@code tint: internal error: <short message>} on {@code err}, then the Java stack
     * trace if {@code debug}, else a hint that {@code --debug} shows it.
     *
     * @return {@link ExitStatus#INTERNAL}
     */
    public static int report(Throwable t, boolean debug, PrintStream err) {
        try {
            err.println("tint: internal error: " + describe(t));
            if (debug) {
                t.printStackTrace(err);
            } else {
                err.println("tint: (run with --debug to see the Java stack trace)");
            }
            err.flush();
        } catch (Throwable ignored) {
            // Out of memory again, or stderr is gone: the exit status still tells.
        }
        return ExitStatus.INTERNAL;
    }

    /** A short one-line description: the exception's simple name and the first line of its message. */
    public static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return t.getMessage() == null ? "out of memory" : "out of memory (" + t.getMessage() + ")";
        }
        if (t instanceof StackOverflowError) {
            return "Java stack overflow";
        }
        String message = t.getMessage();
        String name = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName()
                : t.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return name + ": " + message.strip();
    }
}
