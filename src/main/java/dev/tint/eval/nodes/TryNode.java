package dev.tint.eval.nodes;

import dev.tint.error.ScriptError;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.ThreadState;
import dev.tint.source.Span;

/**
 * {@code try/except/else/finally}. While a handler runs, its exception is the thread's
 * "handled" exception, so a new exception raised there gets it as {@code __context__} and a bare
 * {@code raise} re-raises it. A finally block's break/continue/return wins over a pending
 * exception or return, as in Python.
 */
public final class TryNode extends StmtNode {
    /** One except clause; type is null for a bare except; name target may be null. */
    public record Handler(Span span, ExprNode type, Target name, StmtNode body) {}

    private final StmtNode body;
    private final Handler[] handlers;
    private final StmtNode orelse;
    private final StmtNode finalbody;

    public TryNode(Span span, StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody) {
        super(span);
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
    }

    @Override
    public Object exec(Frame f) {
        if (finalbody == null) {
            return tryExcept(f);
        }
        Object signal;
        try {
            signal = tryExcept(f);
        } catch (ScriptError e) {
            ThreadState t = f.thread;
            PyBaseException saved = t.handling;
            t.handling = e.exception();
            Object finalSignal;
            try {
                finalSignal = finalbody.exec(f);
            } catch (ScriptError inner) {
                Raise.chain(f, inner.exception());
                throw inner;
            } finally {
                t.handling = saved;
            }
            if (finalSignal != null) {
                return finalSignal; // break/continue/return in finally swallows the exception
            }
            throw e;
        }
        Object savedReturn = f.returnValue;
        Object finalSignal = finalbody.exec(f);
        if (finalSignal != null) {
            return finalSignal;
        }
        f.returnValue = savedReturn;
        return signal;
    }

    private Object tryExcept(Frame f) {
        if (handlers.length == 0) {
            return body.exec(f);
        }
        try {
            Object signal = body.exec(f);
            if (signal != null) {
                return signal;
            }
        } catch (ScriptError e) {
            return handle(f, e);
        }
        return orelse == null ? null : orelse.exec(f);
    }

    private Object handle(Frame f, ScriptError e) {
        PyBaseException ex = e.exception();
        ThreadState t = f.thread;
        Raise.chain(f, ex);
        for (Handler h : handlers) {
            if (h.type != null && !matches(f, h, ex)) {
                continue;
            }
            if (h.name != null) {
                h.name.assign(f, ex);
            }
            PyBaseException saved = t.handling;
            t.handling = ex;
            try {
                return h.body.exec(f);
            } catch (ScriptError inner) {
                Raise.chain(f, inner.exception());
                throw inner;
            } finally {
                t.handling = saved;
                if (h.name != null) {
                    Names.clear(h.name, f);
                }
            }
        }
        throw e;
    }

    private static boolean matches(Frame f, Handler h, PyBaseException ex) {
        Object type = h.type.eval(f);
        if (type instanceof PyType t && t.isExceptionType()) {
            return ex.type().isSubtypeOf(t);
        }
        if (type instanceof PyTuple tuple) {
            boolean any = false;
            for (Object o : tuple.items()) {
                if (!(o instanceof PyType t && t.isExceptionType())) {
                    throw notCatchable(f, h);
                }
                any |= ex.type().isSubtypeOf(t);
            }
            return any;
        }
        throw notCatchable(f, h);
    }

    private static ScriptError notCatchable(Frame f, Handler h) {
        return Errors.type("catching classes that do not inherit from BaseException is not allowed")
                .at(f, h.type.span);
    }
}
