package dev.tint.eval.runtime;

import java.util.List;

/**
 * A traceback object ({@code e.__traceback__}, {@code sys.exc_info()[2]}): one link per frame,
 * outermost first, with {@code tb_lineno} and {@code tb_next}. Frames themselves are not exposed.
 */
public final class PyTraceback implements PyObject, PyAttributes {
    static final PyType TYPE = new PyType("traceback", PyType.OBJECT);

    private final List<TraceEntry> entries;
    private final int index;

    private PyTraceback(List<TraceEntry> entries, int index) {
        this.entries = entries;
        this.index = index;
    }

    /** The traceback of an exception, or None when it has not been raised yet. */
    public static Object of(PyBaseException e) {
        List<TraceEntry> entries = e.traceback();
        return entries.isEmpty() ? PyNone.NONE : new PyTraceback(entries, entries.size() - 1);
    }

    @Override
    public Object findAttribute(String name) {
        switch (name) {
            case "tb_lineno":
                return (long) entries.get(index).span().line();
            case "tb_next":
                return index == 0 ? PyNone.NONE : new PyTraceback(entries, index - 1);
            case "tb_lasti":
                return 0L;
            default:
                return null;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
