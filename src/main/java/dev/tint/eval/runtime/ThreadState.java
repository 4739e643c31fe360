package dev.tint.eval.runtime;

import dev.tint.eval.Interpreter;

/**
 * Per-thread interpreter state: call depth for RecursionError, the exception being handled (for
 * bare {@code raise} and implicit chaining), and the interrupt flag Ctrl-C sets.
 */
public final class ThreadState {
    public final Interpreter interpreter;
    public int depth;
    public int recursionLimit;
    /** The exception of the innermost active except block, or null. */
    public PyBaseException handling;
    /** Set asynchronously (Ctrl-C); polled at loop back-edges and calls. */
    public volatile boolean interrupted;

    public ThreadState(Interpreter interpreter, int recursionLimit) {
        this.interpreter = interpreter;
        this.recursionLimit = recursionLimit;
    }

    /** The state of the interpreter running on this Java thread, for code that is handed no state. */
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    /** Makes this the state {@link #pollCurrent} polls on the calling Java thread. */
    public void attachToCurrentThread() {
        CURRENT.set(this);
    }

    /** {@link #pollInterrupt} of the interpreter running on this Java thread, if any. */
    public static void pollCurrent() {
        ThreadState state = CURRENT.get();
        if (state != null) {
            state.pollInterrupt();
        }
    }

    /** Raises KeyboardInterrupt if Ctrl-C was pressed since the last poll. */
    public void pollInterrupt() {
        if (interrupted) {
            interrupted = false;
            throw new dev.tint.error.ScriptError(new PyBaseException(ExceptionTypes.KEYBOARD_INTERRUPT, (String) null));
        }
    }
}
