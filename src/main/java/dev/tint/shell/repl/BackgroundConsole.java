package dev.tint.shell.repl;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Opens the REPL's console (terminal and line reader), the slowest part of the REPL's start, on
 * another thread while the interpreter is being set up; {@link #prefetch} starts it before the
 * command line is even parsed. On two cores this overlap is about a third of the time to the
 * first prompt (docs/repl.md).
 */
public final class BackgroundConsole implements ConsoleSource {
    /** Started by {@link #prefetch}; taken once. */
    private static BackgroundConsole prefetched;

    private final FutureTask<ReplConsole> task;

    private BackgroundConsole(Map<String, String> env) {
        this.task = new FutureTask<>(new Opening(env));
        Thread thread = new Thread(task, "tint-console");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts opening the console right away, for a REPL about to start ({@code repl} with no
     * arguments on a terminal).
     */
    public static synchronized void prefetch(Map<String, String> env) {
        if (prefetched == null) {
            prefetched = new BackgroundConsole(env);
        }
    }

    /** The console being opened by {@link #prefetch}, else one that starts opening now. */
    public static synchronized BackgroundConsole take(Map<String, String> env) {
        BackgroundConsole console = prefetched;
        prefetched = null;
        return console != null ? console : new BackgroundConsole(env);
    }

    @Override
    public ReplConsole get() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // a Ctrl-C this early must not lose the console
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class Opening implements Callable<ReplConsole> {
        private final Map<String, String> env;

        Opening(Map<String, String> env) {
            this.env = env;
        }

        @Override
        public ReplConsole call() throws IOException {
            return ReplConsole.create(SystemTerminal.open(TerminfoCache.forEnvironment(env), env.get("TERM")), env);
        }
    }
}
