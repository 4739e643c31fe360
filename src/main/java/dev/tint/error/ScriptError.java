package dev.tint.error;

import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.TraceEntry;
import dev.tint.source.Span;
import dev.tint.trace.CaretAnchor;
import java.util.List;

/**
 * A Python exception in flight through Java code: the exception object, whose traceback grows
 * one entry per frame as it unwinds. Stackless: a Java stack trace would cost time on every
 * raise and mean nothing to a Tint user.
 */
public final class ScriptError extends RuntimeException {
    private final PyBaseException exception;

    public ScriptError(PyBaseException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    public PyBaseException exception() {
        return exception;
    }

    /**
     * Records that the exception passed through {@code frame} while {@code span} was running,
     * unless this frame is already recorded (an inner node of the same frame was more precise).
     */
    public ScriptError at(Frame frame, Span span) {
        return at(frame, span, null);
    }

    /** As {@link #at(Frame, Span)}, with what the carets under the failing expression anchor on. */
    public ScriptError at(Frame frame, Span span, CaretAnchor anchor) {
        List<TraceEntry> tb = exception.traceback();
        Frame owner = frame.traceOwner;
        if (tb.isEmpty() || tb.get(tb.size() - 1).frame() != owner) {
            tb.add(new TraceEntry(owner, span, anchor));
        }
        return this;
    }

    @Override
    public String getMessage() {
        return exception.type().name() + ": " + exception.message();
    }
}
