package dev.tint;

import dev.tint.cli.Crash;
import dev.tint.cli.Launch;
import dev.tint.cli.StdStreams;
import dev.tint.shell.Terminals;
import dev.tint.shell.repl.BackgroundConsole;
import java.util.Arrays;

/**
 * The {@code repl} command: see {@code repl --help} and docs/cli.md. Sets up the standard
 * streams, runs one {@link Launch}, flushes and exits with its status.
 */
public final class Main {
    private Main() {}

    public static void main(String[] argv) {
        StdStreams.install();
        if (argv.length == 0 && Terminals.interactive()) {
            // `repl` alone on a terminal starts the REPL: its console, the slowest part of the
            // start, is opened while the command line and environment are parsed.
            BackgroundConsole.prefetch(System.getenv());
        }
        Launch launch = Launch.forProcess();
        Thread.setDefaultUncaughtExceptionHandler(new Uncaught(launch));
        Runtime.getRuntime().addShutdownHook(new FlushAtExit());
        int status = launch.run(Arrays.asList(argv), System.getenv());
        StdStreams.flush();
        System.exit(status);
    }

    // Classes rather than lambdas here and in dev.tint.cli: the first lambda of a run costs about
    // 5 ms on JDK 17 even with a class archive (method-handle set-up).

    /** A Java exception on a thread of ours that nobody caught: a short report, no bare stack trace. */
    private static final class Uncaught implements Thread.UncaughtExceptionHandler {
        private final Launch launch;

        Uncaught(Launch launch) {
            this.launch = launch;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable t) {
            int status = Crash.report(t, launch.debug(), System.err);
            StdStreams.flush();
            System.exit(status);
        }
    }

    /** Output written by a program that ends the JVM itself still reaches stdout. */
    private static final class FlushAtExit extends Thread {
        FlushAtExit() {
            super("tint-flush");
        }

        @Override
        public void run() {
            StdStreams.flush();
        }
    }
}
