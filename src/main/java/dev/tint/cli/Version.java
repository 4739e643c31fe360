package dev.tint.cli;

/** Tint's version; kept equal to the pom's {@code <version>} (a test checks it). */
public final class Version {
    public static final String NUMBER = "0.1.0";

    private Version() {}

    /** {@code Tint 0.1.0 (Java 17.0.15)}: what {@code repl --version} prints. */
    public static String line() {
        return "Tint " + NUMBER + " (Java " + System.getProperty("java.version") + ")";
    }
}
