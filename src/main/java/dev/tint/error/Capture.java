package dev.tint.error;

import dev.tint.eval.runtime.ExceptionTypes;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBaseException;
import dev.tint.eval.runtime.PyList;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.TraceEntry;
import dev.tint.source.Source;
import dev.tint.syntax.PySyntaxError;
import dev.tint.trace.FrameSummary;
import dev.tint.trace.Suggestions;
import dev.tint.trace.Traceback;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a live exception into the {@link Traceback} data model: frames outermost first, chained
 * causes and contexts, notes and the "Did you mean" suggestion. Done once, when the traceback is
 * to be shown; the result no longer refers to the interpreter.
 */
public final class Capture {
    private Capture() {}

    public static Traceback of(PyBaseException e) {
        return of(e, false);
    }

    /** With withLocals, each frame also records its local variables as truncated reprs ({@code --locals}). */
    public static Traceback of(PyBaseException e, boolean withLocals) {
        return of(e, new IdentityHashMap<>(), withLocals);
    }

    private static Traceback of(PyBaseException e, Map<PyBaseException, Traceback> seen, boolean withLocals) {
        Traceback done = seen.get(e);
        if (done != null) {
            return done;
        }
        seen.put(e, null);
        Traceback cause = e.cause == null ? null : of(e.cause, seen, withLocals);
        Traceback context = (e.context == null || e.suppressContext) ? null : of(e.context, seen, withLocals);
        List<String> notes = new ArrayList<>();
        PyList n = e.notes();
        if (n != null) {
            for (int i = 0; i < n.size(); i++) {
                Object note = n.get(i);
                notes.add(note instanceof String s ? s : Ops.str(note));
            }
        }
        String message;
        try {
            message = e.message();
        } catch (ScriptError err) {
            message = "<exception str() failed>";
        }
        Traceback tb = new Traceback(typeName(e.type()), message, notes, frames(e, withLocals), null,
                suggestion(e), cause, context);
        seen.put(e, tb);
        return tb;
    }

    /** A syntax error found before anything ran: no stack, just the place. */
    public static Traceback of(PySyntaxError e) {
        Source src = e.source();
        String text = src == null ? null : e.sourceLine() + "\n";
        Traceback.SyntaxDetail detail = new Traceback.SyntaxDetail(src == null ? "<unknown>" : src.name(),
                e.line(), text, e.column(), e.endColumn());
        return new Traceback(e.pythonType(), e.getMessage(), List.of(), List.of(), detail, null, null, null);
    }

    static String typeName(PyType t) {
        String module = t.module();
        if (module.equals("builtins") || module.equals("__main__")) {
            return t.name();
        }
        return module + "." + t.name();
    }

    /** Longest repr shown for one local; longer ones are cut with "...", as reprlib would. */
    private static final int MAX_LOCAL_REPR = 80;

    private static List<FrameSummary> frames(PyBaseException e, boolean withLocals) {
        List<TraceEntry> entries = e.traceback();
        List<FrameSummary> out = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            TraceEntry t = entries.get(i);
            Frame f = t.frame();
            Source src = f.code.source();
            int line = t.span().line();
            int end = Math.max(line, t.span().endLine());
            List<String> lines = new ArrayList<>();
            for (int n = line; n <= end && n <= src.lineCount(); n++) {
                lines.add(src.line(n));
            }
            out.add(new FrameSummary(src.name(), line, f.code.name(), t.span(), lines, t.anchor(), f.code.kind(),
                    withLocals ? locals(f) : null));
        }
        return out;
    }

    /** The frame's variables, sorted by name as CPython prints them; a module frame shows its globals. */
    private static List<FrameSummary.Local> locals(Frame f) {
        java.util.TreeMap<String, Object> values = new java.util.TreeMap<>();
        if (f.function == null && f.classNamespace == null && f.code.name().equals("<module>")) {
            for (String n : f.globals.boundNames()) {
                if (!n.startsWith("__")) {
                    values.put(n, f.globals.get(n));
                }
            }
        } else {
            String[] names = f.code.slotNames();
            for (int i = 0; i < names.length && i < f.slots.length; i++) {
                Object v = f.slots[i] instanceof dev.tint.eval.runtime.Cell c ? c.value : f.slots[i];
                if (v != null) {
                    values.put(names[i], v);
                }
            }
        }
        List<FrameSummary.Local> out = new ArrayList<>();
        values.forEach((name, value) -> out.add(new FrameSummary.Local(name, shortRepr(value))));
        return out;
    }

    private static String shortRepr(Object value) {
        String r;
        try {
            r = Ops.repr(value);
        } catch (ScriptError | StackOverflowError err) {
            r = "<unrepresentable " + Ops.typeName(value) + ">";
        }
        return r.length() > MAX_LOCAL_REPR ? r.substring(0, MAX_LOCAL_REPR - 3) + "..." : r;
    }

    private static String suggestion(PyBaseException e) {
        Supplier<List<String>> candidates = e.suggestionCandidates;
        Object name = e.getAttribute("name");
        if (candidates == null || !(name instanceof String wrong)) {
            return null;
        }
        PyType type = e.type();
        List<String> names = new ArrayList<>(candidates.get());
        if (type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR) || type.isSubtypeOf(ExceptionTypes.IMPORT_ERROR)) {
            names.sort(null);
            if (!wrong.startsWith("_")) {
                names.removeIf(x -> x.startsWith("_"));
            }
            if (type.isSubtypeOf(ExceptionTypes.IMPORT_ERROR)) {
                Object wanted = e.getAttribute("name_from");
                if (!(wanted instanceof String w)) {
                    return null;
                }
                String s = Suggestions.closest(w, names);
                return s == null ? null : ". Did you mean: '" + s + "'?";
            }
        }
        String s = Suggestions.closest(wrong, names);
        if (s != null) {
            return ". Did you mean: '" + s + "'?";
        }
        if (type.isSubtypeOf(ExceptionTypes.NAME_ERROR) && Suggestions.isStdlibModule(wrong)) {
            return ". Did you forget to import '" + wrong + "'?";
        }
        return null;
    }
}
