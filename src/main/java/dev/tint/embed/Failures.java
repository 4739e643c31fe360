package dev.tint.embed;

import dev.tint.TintException;
import dev.tint.error.Capture;
import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyNone;
import dev.tint.syntax.PySyntaxError;
import dev.tint.theme.Theme;
import dev.tint.trace.Traceback;
import dev.tint.trace.TracebackRenderer;
import java.math.BigInteger;

/**
 * Turns the ways a run can fail into {@link TintException}s: an uncaught Tint exception, a
 * SyntaxError, SystemExit, and internal errors (a Java exception escaping the interpreter, which
 * must never reach the host as such).
 */
public final class Failures {
    private static final TracebackRenderer.Options PLAIN = new TracebackRenderer.Options("auto", false, -1);

    private Failures() {}

    /** An uncaught exception; call on the interpreter thread (rendering may run {@code __repr__}). */
    public static TintException uncaught(PyBaseException e) {
        String text = render(Capture.of(e, false));
        Integer exitCode = e.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT) ? exitCode(e) : null;
        return new TintException(e.type().name(), lastLine(text), text, -1, exitCode, null);
    }

    public static TintException syntax(PySyntaxError e) {
        String text = render(Capture.of(e));
        return new TintException(e.pythonType(), lastLine(text), text, e.line(), null, null);
    }

    /** A Java exception that escaped the interpreter: SystemError (RecursionError for a blown stack). */
    public static TintException internal(Throwable e) {
        if (e instanceof StackOverflowError) {
            String line = "RecursionError: maximum recursion depth exceeded (Java stack exhausted)";
            return new TintException("RecursionError", line, line + "\n", -1, null, e);
        }
        String line = "SystemError: internal error in Tint: " + e;
        return new TintException("SystemError", line, line + "\n", -1, null, e);
    }

    private static String render(Traceback tb) {
        return TracebackRenderer.render(tb, Theme.NONE, PLAIN).toString();
    }

    private static String lastLine(String text) {
        String t = text.stripTrailing();
        return t.substring(t.lastIndexOf('\n') + 1);
    }

    /** CPython's exit status for SystemExit's argument, without the process's truncation to a byte. */
    private static Integer exitCode(PyBaseException e) {
        Object code = e.exitCode();
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (code instanceof Long l) {
            return l == l.intValue() ? l.intValue() : (l < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        }
        if (code instanceof BigInteger b) {
            return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        Ops.str(code); // CPython prints any other object to stderr; the host gets status 1
        return 1;
    }
}
