package dev.tint.eval;

import dev.tint.eval.runtime.ThreadState;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs interpreter work on a fresh thread with a large stack, so that deep recursion ends in
 * RecursionError (counted by the interpreter) rather than a StackOverflowError. The calling thread
 * waits; interrupting it interrupts the script (KeyboardInterrupt). Used by the shell and by
 * embedding hosts.
 */
public final class BigStackThread {
    /** Reserved, not committed: deep enough for recursion limits far above the default 1000. */
    private static final long STACK_BYTES = 1L << 30;

    private BigStackThread() {}

    /** Runs {@code body}; whatever it throws (Error included) is rethrown on the calling thread. */
    public static <T> T run(String name, ThreadState state, Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            state.attachToCurrentThread();
            try {
                result.set(body.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, name, STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean hostInterrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                hostInterrupted = true;
                state.interrupted = true; // the script ends with KeyboardInterrupt
            }
        }
        if (hostInterrupted) {
            Thread.currentThread().interrupt(); // keep the host's interrupt status
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
