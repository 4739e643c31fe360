package dev.tint.eval.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exception object (an instance of BaseException or a subclass): its args, chaining
 * ({@code __cause__}, {@code __context__}, {@code __suppress_context__}), notes, extra attributes
 * and the frames it unwound through.
 */
public class PyBaseException implements PyObject, PyAttributes, PyDeletable {
    private final PyType type;
    private PyTuple args;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    private PyList notes;
    private final List<TraceEntry> traceback = new ArrayList<>(4);
    private Map<String, Object> attributes;
    /**
     * Names to draw "Did you mean" suggestions from, computed only if the traceback is shown
     * (CPython too computes them at display time, so catching a NameError costs nothing extra).
     */
    public java.util.function.Supplier<List<String>> suggestionCandidates;

    public PyBaseException(PyType type, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.type("%s() takes no keyword arguments", type.name());
        }
        this.type = type;
        this.args = PyTuple.of(args);
    }

    public PyBaseException(PyType type, String message) {
        this.type = type;
        this.args = message == null ? PyTuple.EMPTY : PyTuple.of(new Object[] {message});
    }

    @Override
    public PyType type() {
        return type;
    }

    /** SystemExit's {@code code}: None without arguments, the argument, or the args tuple. */
    public Object exitCode() {
        Object[] a = args.items();
        return a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : args;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public PyList notes() {
        return notes;
    }

    public void addNote(String note) {
        if (notes == null) {
            notes = new PyList();
        }
        notes.append(note);
    }

    public List<TraceEntry> traceback() {
        return traceback;
    }

    /** Extra attributes: {@code name} of NameError, {@code value} of StopIteration, user ones. */
    public Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new java.util.LinkedHashMap<>();
        }
        attributes.put(name, value);
    }

    /** {@code str(e)} as BaseException defines it, whatever a subclass overrides. */
    public String baseMessage() {
        return PyBaseException.this.defaultMessage();
    }

    public String baseRepr() {
        return defaultRepr();
    }

    public String message() {
        return defaultMessage();
    }

    public String repr() {
        return defaultRepr();
    }

    // ---- attributes as Python code sees them (e.args, e.__cause__, e.name, e.value ...) ----

    @Override
    public Object findAttribute(String name) {
        switch (name) {
            case "args":
                return args;
            case "__cause__":
                return cause == null ? PyNone.NONE : cause;
            case "__context__":
                return context == null ? PyNone.NONE : context;
            case "__suppress_context__":
                return suppressContext;
            case "__traceback__":
                return PyTraceback.of(this);
            case "__notes__":
                return notes != null ? notes : getAttribute(name);
            case "__dict__": {
                PyDict d = new PyDict();
                if (attributes != null) {
                    attributes.forEach(d::put);
                }
                return d;
            }
            default:
                break;
        }
        Object v = getAttribute(name);
        return v != null ? v : defaultAttribute(name);
    }

    /** The attributes CPython's exception subclasses derive from their arguments. */
    private Object defaultAttribute(String name) {
        Object[] a = args.items();
        if (type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
            if (name.equals("value")) {
                return a.length > 0 ? a[0] : PyNone.NONE;
            }
        } else if (type.isSubtypeOf(ExceptionTypes.NAME_ERROR)) {
            if (name.equals("name")) {
                return PyNone.NONE;
            }
        } else if (type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
            if (name.equals("name") || name.equals("obj")) {
                return PyNone.NONE;
            }
        } else if (type.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            return syntaxErrorAttribute(name, a);
        } else if (type.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            boolean full = a.length >= 2 && a.length <= 5;
            switch (name) {
                case "errno":
                    return full ? a[0] : PyNone.NONE;
                case "strerror":
                    return full ? a[1] : PyNone.NONE;
                case "filename":
                    return full && a.length >= 3 ? a[2] : PyNone.NONE;
                case "filename2":
                    return full && a.length == 5 ? a[4] : PyNone.NONE;
                default:
                    return null;
            }
        } else if (type.isSubtypeOf(ExceptionTypes.IMPORT_ERROR)) {
            switch (name) {
                case "msg":
                    return a.length == 1 ? a[0] : PyNone.NONE;
                case "name":
                case "path":
                    return PyNone.NONE;
                default:
                    return null;
            }
        } else if (type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            if (name.equals("code")) {
                return exitCode();
            }
        }
        return null;
    }

    private static Object syntaxErrorAttribute(String name, Object[] a) {
        Object[] info = a.length == 2 && a[1] instanceof PyTuple t && t.size() >= 4 && t.size() <= 6
                ? t.items() : null;
        switch (name) {
            case "msg":
                return a.length >= 1 ? a[0] : PyNone.NONE;
            case "filename":
                return info != null ? info[0] : PyNone.NONE;
            case "lineno":
                return info != null ? info[1] : PyNone.NONE;
            case "offset":
                return info != null ? info[2] : PyNone.NONE;
            case "text":
                return info != null ? info[3] : PyNone.NONE;
            case "end_lineno":
                return info != null && info.length >= 5 ? info[4] : PyNone.NONE;
            case "end_offset":
                return info != null && info.length >= 6 ? info[5] : PyNone.NONE;
            case "print_file_and_line":
                return PyNone.NONE;
            default:
                return null;
        }
    }

    @Override
    public boolean storeAttribute(String name, Object value) {
        switch (name) {
            case "args": {
                List<Object> items = new ArrayList<>();
                PyIterator it = Iteration.iter(value);
                for (Object v = it.next(); v != null; v = it.next()) {
                    items.add(v);
                }
                args = PyTuple.of(items.toArray());
                return true;
            }
            case "__cause__":
                if (value == PyNone.NONE) {
                    cause = null;
                } else if (value instanceof PyBaseException e) {
                    cause = e;
                } else {
                    throw Errors.type("exception cause must be None or derive from BaseException");
                }
                suppressContext = true;
                return true;
            case "__context__":
                if (value == PyNone.NONE) {
                    context = null;
                } else if (value instanceof PyBaseException e) {
                    context = e;
                } else {
                    throw Errors.type("exception context must be None or derive from BaseException");
                }
                return true;
            case "__suppress_context__":
                if (!(value instanceof Boolean b)) {
                    throw Errors.type("attribute value type must be bool");
                }
                suppressContext = b;
                return true;
            case "__traceback__":
                if (value != PyNone.NONE) {
                    throw Errors.type("__traceback__ must be a traceback or None");
                }
                return true;
            case "__notes__":
                if (value instanceof PyList l) {
                    notes = l;
                } else {
                    notes = null;
                    setAttribute(name, value);
                }
                return true;
            default:
                setAttribute(name, value);
                return true;
        }
    }

    @Override
    public boolean deleteAttribute(String name) {
        return attributes != null && attributes.remove(name) != null;
    }

    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(List.of(
                "args", "__cause__", "__context__", "__suppress_context__", "__traceback__"));
        if (notes != null) {
            names.add("__notes__");
        }
        if (attributes != null) {
            names.addAll(attributes.keySet());
        }
        return names;
    }

    /** {@code str(e)}: empty for no args, the str of a single arg, else the str of the tuple. KeyError reprs its key. */
    private String defaultMessage() {
        Object[] a = args.items();
        if (a.length == 0) {
            return "";
        }
        if (a.length == 1) {
            if (type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return Ops.repr(a[0]);
            }
            return Ops.str(a[0]);
        }
        return Ops.str(args);
    }

    private String defaultRepr() {
        Object[] a = args.items();
        if (a.length == 1) {
            return type.name() + "(" + Ops.repr(a[0]) + ")";
        }
        return type.name() + Ops.repr(args);
    }
}
