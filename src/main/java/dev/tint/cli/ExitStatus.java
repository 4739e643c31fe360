package dev.tint.cli;

/** The exit statuses that the command line itself decides (the program decides the others). */
public final class ExitStatus {
    /** Bad usage: unknown option, bad value, bad environment variable. */
    public static final int USAGE = 2;
    /** An internal error in Tint: a Java exception or error that escaped the interpreter. */
    public static final int INTERNAL = 70; // EX_SOFTWARE of sysexits.h
    /** Stdout could not be written (e.g. its pipe was closed); CPython uses 120 for this too. */
    public static final int STDOUT_FAILED = 120;

    private ExitStatus() {}
}
