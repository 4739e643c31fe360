package dev.tint.eval.stdlib;

import dev.tint.error.Capture;
import dev.tint.eval.Interpreter;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyModule;
import dev.tint.eval.runtime.PyNone;
import dev.tint.trace.PlainRenderer;
import dev.tint.trace.Traceback;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _tint_traceback}: formats exceptions with the interpreter's own renderer, so
 * {@code traceback.format_exc()} shows exactly what an uncaught exception would show.
 */
public final class TracebackNative {
    private TracebackNative() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = Natives.module("_tint_traceback", "Exception formatting for the traceback module.");
        Natives.def(m, "current", (a, k) -> {
            Natives.exactly("current", a, k, 0);
            PyBaseException e = interp.thread().handling;
            return e == null ? PyNone.NONE : e;
        });
        Natives.def(m, "format", (a, k) -> {
            // format(exc, chain, limit) -> list of str
            Natives.exactly("format", a, k, 3);
            return format(a[0], Ops.truthy(a[1]), a[2]);
        });
        Natives.def(m, "format_only", (a, k) -> {
            Natives.exactlyOne("format_only", a, k);
            return formatOnly(a[0]);
        });
        Natives.def(m, "write_stderr", (a, k) -> {
            Natives.exactlyOne("write_stderr", a, k);
            interp.stderr().write((String) a[0]);
            return PyNone.NONE;
        });
        return m;
    }

    private static PyBaseException exception(Object o) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw Errors.type("Exception expected for value, %s found", Ops.typeName(o));
    }

    static Traceback limit(Traceback tb, boolean chain, int limit) {
        if (tb == null) {
            return null;
        }
        List<dev.tint.trace.FrameSummary> frames = tb.frames();
        if (limit >= 0 && frames.size() > limit) {
            frames = frames.subList(0, limit);
        } else if (limit < -1 && -limit - 1 < frames.size()) {
            frames = frames.subList(frames.size() + limit + 1, frames.size());
        }
        return new Traceback(tb.typeName(), tb.message(), tb.notes(), frames, tb.syntax(), tb.suggestion(),
                chain ? limit(tb.cause(), true, limit) : null, chain ? limit(tb.context(), true, limit) : null);
    }

    static PyList format(Object exc, boolean chain, Object limitArg) {
        PyList out = new PyList();
        if (exc == PyNone.NONE) {
            out.append("NoneType: None\n");
            return out;
        }
        Traceback tb = Capture.of(exception(exc));
        int limit = -1;
        if (limitArg != PyNone.NONE) {
            long l = Ops.indexValue(limitArg);
            // limit >= 0 keeps the first frames, a negative limit the last -limit ones
            limit = l >= 0 ? (int) Math.min(l, Integer.MAX_VALUE) : (int) Math.max(l - 1, Integer.MIN_VALUE + 1);
        }
        tb = limit(tb, chain, limit);
        String text = PlainRenderer.render(tb);
        for (String piece : split(text)) {
            out.append(piece);
        }
        return out;
    }

    /** Groups rendered lines as CPython's format_exception lists them: one string per frame. */
    static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        String[] lines = text.split("(?<=\n)");
        StringBuilder current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("    ") && current != null) {
                current.append(line);
                continue;
            }
            if (current != null) {
                pieces.add(current.toString());
                current = null;
            }
            if (line.startsWith("  File ")) {
                current = new StringBuilder(line);
            } else if (line.equals("\n") && i + 2 < lines.length && lines[i + 2].equals("\n")) {
                pieces.add(line + lines[i + 1] + lines[i + 2]);
                i += 2;
            } else {
                pieces.add(line);
            }
        }
        if (current != null) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    static PyList formatOnly(Object exc) {
        PyList out = new PyList();
        if (exc == PyNone.NONE) {
            out.append("NoneType: None\n");
            return out;
        }
        Traceback tb = Capture.of(exception(exc));
        Traceback bare = new Traceback(tb.typeName(), tb.message(), tb.notes(), List.of(), tb.syntax(),
                tb.suggestion(), null, null);
        for (String piece : split(PlainRenderer.render(bare))) {
            out.append(piece);
        }
        return out;
    }
}
