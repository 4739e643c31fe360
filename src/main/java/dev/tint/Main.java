package dev.tint;

import dev.tint.cli.Crash;
import dev.tint.cli.Launch;
import dev.tint.cli.StdStreams;
import java.util.Arrays;

/**
 * The {@code repl} command: see {@code repl --help} and docs/cli.md. Sets up the standard
 * streams, runs one {@link Launch}, flushes and exits with its status.
 */
public final class Main {
    private Main() {}

    public static void main(String[] argv) {
        StdStreams.install();
        Launch launch = Launch.forProcess();
        Thread.setDefaultUncaughtExceptionHandler((thread, t) -> {
            // A Java exception on a thread of ours that nobody caught: no bare stack trace.
            int status = Crash.report(t, launch.debug(), System.err);
            StdStreams.flush();
            System.exit(status);
        });
        // Output written by a program that ends the JVM itself still reaches stdout.
        Runtime.getRuntime().addShutdownHook(new Thread(StdStreams::flush, "tint-flush"));
        int status = launch.run(Arrays.asList(argv), System.getenv());
        StdStreams.flush();
        System.exit(status);
    }
}
