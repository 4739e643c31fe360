package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyType;
import dev.tint.source.Span;

/** {@code raise}, {@code raise exc} and {@code raise exc from cause}. */
public final class Raise extends StmtNode {
    private final ExprNode exception;
    private final ExprNode cause;

    public Raise(Span span, ExprNode exception, ExprNode cause) {
        super(span);
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public Object exec(Frame f) {
        if (exception == null) {
            PyBaseException active = f.thread.handling;
            if (active == null) {
                throw Errors.runtime("No active exception to reraise").at(f, span);
            }
            throw new ScriptError(active).at(f, span);
        }
        PyBaseException e = instantiate(exception.eval(f), f, "exceptions must derive from BaseException");
        if (cause != null) {
            Object c = cause.eval(f);
            if (c == PyNone.NONE) {
                e.cause = null;
            } else {
                e.cause = instantiate(c, f, "exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        chain(f, e);
        ScriptError error = new ScriptError(e);
        // Raising an exception object that already travelled adds this frame again, as CPython does.
        if (!e.traceback().isEmpty()) {
            e.traceback().add(new dev.tint.eval.runtime.TraceEntry(f.traceOwner, span, null));
            return throwIt(error);
        }
        throw error.at(f, span);
    }

    private static Object throwIt(ScriptError e) {
        throw e;
    }

    private PyBaseException instantiate(Object value, Frame f, String message) {
        if (value instanceof PyBaseException e) {
            return e;
        }
        if (value instanceof PyType t && t.isExceptionType()) {
            Object made;
            try {
                made = t.call(new Object[0], null);
            } catch (ScriptError err) {
                throw err.at(f, span);
            }
            if (made instanceof PyBaseException e) {
                return e;
            }
            throw Errors.type("calling %s should have returned an instance of BaseException, not %s",
                    Ops.repr(t), Ops.typeName(made)).at(f, span);
        }
        throw Errors.type(message).at(f, span);
    }

    /** Implicit chaining: an exception raised while another is handled records it as its context. */
    static void chain(Frame f, PyBaseException e) {
        PyBaseException handling = f.thread.handling;
        if (handling != null && handling != e && e.context == null) {
            // Avoid creating a cycle in the context chain, as CPython does.
            for (PyBaseException c = handling; c != null; c = c.context) {
                if (c == e) {
                    return;
                }
            }
            e.context = handling;
        }
    }
}
