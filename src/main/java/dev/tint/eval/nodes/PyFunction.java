package dev.tint.eval.nodes;

import dev.tint.eval.runtime.Cell;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Frame;
import dev.tint.eval.runtime.Namespace;
import dev.tint.eval.runtime.PyAttributes;
import dev.tint.eval.runtime.PyCallable;
import dev.tint.eval.runtime.PyDict;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PyTuple;
import dev.tint.eval.runtime.PyType;
import dev.tint.eval.runtime.Reprs;
import dev.tint.eval.runtime.ThreadState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A function made by def or lambda: code plus defaults, closure cells and its module's globals. */
public final class PyFunction implements PyObject, PyCallable, PyAttributes, PyReprable {
    private final FunctionCode code;
    private final Object[] defaults;
    private final Map<String, Object> kwDefaults;
    private final Cell[] closure;
    private final Namespace globals;
    private final ThreadState thread;
    private String name;
    private String qualname;
    private Object module;
    private Object doc;
    /** The class whose body defined this function, for zero-argument super(); set when the class is made. */
    private Object definingClass;
    private Map<String, Object> dict;
    /** Parameter (and {@code return}) annotations, in declaration order; null when there are none. */
    private Map<String, Object> annotations;
    private PyDict annotationsDict;

    public PyFunction(FunctionCode code, Object[] defaults, Map<String, Object> kwDefaults, Cell[] closure,
                      Namespace globals, ThreadState thread) {
        this.code = code;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.globals = globals;
        this.thread = thread;
        this.name = code.info.name();
        this.qualname = code.qualname;
        this.doc = code.docstring;
    }

    public FunctionCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** The defaults of the last positional parameters, in order (empty when there are none). */
    public Object[] defaults() {
        return defaults.clone();
    }

    /** The default of a keyword-only parameter, or null. */
    public Object kwDefault(String parameter) {
        return kwDefaults == null ? null : kwDefaults.get(parameter);
    }

    /** The annotation of a parameter ({@code return}: of the result), or null when it has none. */
    public Object annotation(String parameter) {
        if (annotationsDict != null) {
            return annotationsDict.get(parameter);
        }
        return annotations == null ? null : annotations.get(parameter);
    }

    public void setAnnotations(Map<String, Object> annotations) {
        this.annotations = annotations;
    }

    public Object definingClass() {
        return definingClass;
    }

    public void setDefiningClass(Object cls) {
        this.definingClass = cls;
    }

    /** How CPython names it in some call errors: {@code __main__.f}. */
    public String moduleQualifiedName() {
        Object m = globals.get("__name__");
        return m instanceof String s && !s.equals("builtins") ? s + "." + code.qualname : code.qualname;
    }

    public String qualname() {
        return qualname;
    }

    /** The parameter list as help() and reprs show it, e.g. {@code (a, b=2, *args, c, **kw)}. */
    public String signature() {
        StringBuilder sb = new StringBuilder("(");
        String[] names = code.parameterNames;
        int firstDefault = code.positionalCount - defaults.length;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < code.positionalCount; i++) {
            String p = names[i];
            if (i >= firstDefault) {
                p += "=" + Reprs.repr(defaults[i - firstDefault]);
            }
            parts.add(p);
            if (code.positionalOnlyCount > 0 && i == code.positionalOnlyCount - 1) {
                parts.add("/");
            }
        }
        if (code.hasVarargs) {
            parts.add("*" + names[code.varargsSlot()]);
        } else if (code.keywordOnlyCount > 0) {
            parts.add("*");
        }
        for (int i = 0; i < code.keywordOnlyCount; i++) {
            String p = names[code.keywordOnlyStart() + i];
            Object d = kwDefaults == null ? null : kwDefaults.get(p);
            parts.add(d == null ? p : p + "=" + Reprs.repr(d));
        }
        if (code.hasKwargs) {
            parts.add("**" + names[code.kwargsSlot()]);
        }
        sb.append(String.join(", ", parts)).append(')');
        return sb.toString();
    }

    /**
     * For call sites that evaluate arguments straight into the callee's frame: a fresh frame if
     * a call with n positional arguments needs no binding logic, else null.
     */
    Frame simpleFrame(int n) {
        return code.isSimple(n) ? new Frame(code.info, code.slotCount, null, thread, globals) : null;
    }

    /** Runs a frame made by {@link #simpleFrame} whose argument slots are filled. */
    Object runFrame(Frame f) {
        return run(f);
    }

    /** Calls with positional arguments only: the fast path of almost every call. */
    public Object callPositional(Object[] args) {
        Frame f = new Frame(code.info, code.slotCount, null, thread, globals);
        if (code.isSimple(args.length)) {
            System.arraycopy(args, 0, f.slots, 0, args.length);
        } else {
            bind(f.slots, args, null);
        }
        return run(f);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) {
            return callPositional(args);
        }
        Frame f = new Frame(code.info, code.slotCount, null, thread, globals);
        bind(f.slots, args, kwnames);
        return run(f);
    }

    private Object run(Frame f) {
        f.function = this;
        Object[] slots = f.slots;
        for (int s : code.cellSlots) {
            slots[s] = new Cell(slots[s]);
        }
        int[] free = code.freeSlots;
        for (int i = 0; i < free.length; i++) {
            slots[free[i]] = closure[i];
        }
        ThreadState t = thread;
        if (++t.depth >= t.recursionLimit) { // the module's own frame counts, as in CPython
            t.depth--;
            throw Errors.recursion();
        }
        if (t.interrupted) {
            t.depth--;
            t.pollInterrupt();
        }
        try {
            if (code.expression != null) {
                return code.expression.eval(f);
            }
            Object signal = code.body.exec(f);
            return signal == Signal.RETURN ? f.returnValue : PyNone.NONE;
        } finally {
            t.depth--;
        }
    }

    /** CPython's argument binding, with its error messages. */
    private void bind(Object[] slots, Object[] args, String[] kwnames) {
        int kwCount = kwnames == null ? 0 : kwnames.length;
        int given = args.length - kwCount;
        int npos = code.positionalCount;
        String[] names = code.parameterNames;
        int n = Math.min(given, npos);
        System.arraycopy(args, 0, slots, 0, n);
        if (code.hasVarargs) {
            Object[] rest = new Object[Math.max(0, given - npos)];
            System.arraycopy(args, n, rest, 0, rest.length);
            slots[code.varargsSlot()] = PyTuple.of(rest);
        }
        PyDict kwargs = null;
        if (code.hasKwargs) {
            kwargs = new PyDict();
            slots[code.kwargsSlot()] = kwargs;
        }
        List<String> positionalOnlyPassedByKeyword = null;
        for (int k = 0; k < kwCount; k++) {
            String key = kwnames[k];
            Object value = args[given + k];
            int index = -1;
            for (int i = code.positionalOnlyCount; i < npos; i++) {
                if (names[i].equals(key)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                int start = code.keywordOnlyStart();
                for (int i = start; i < start + code.keywordOnlyCount; i++) {
                    if (names[i].equals(key)) {
                        index = i;
                        break;
                    }
                }
            }
            if (index >= 0) {
                if (slots[index] != null) {
                    throw Errors.type("%s() got multiple values for argument '%s'", code.qualname, key);
                }
                slots[index] = value;
                continue;
            }
            if (kwargs != null) {
                if (kwargs.containsKey(key)) {
                    throw Errors.type("%s() got multiple values for keyword argument '%s'", code.qualname, key);
                }
                kwargs.put(key, value);
                continue;
            }
            boolean positionalOnly = false;
            for (int i = 0; i < code.positionalOnlyCount; i++) {
                if (names[i].equals(key)) {
                    positionalOnly = true;
                    break;
                }
            }
            if (positionalOnly) {
                if (positionalOnlyPassedByKeyword == null) {
                    positionalOnlyPassedByKeyword = new ArrayList<>();
                }
                positionalOnlyPassedByKeyword.add(key);
                continue;
            }
            String hint = dev.tint.trace.Suggestions.closest(key, java.util.Arrays.asList(names));
            throw Errors.type("%s() got an unexpected keyword argument '%s'%s", code.qualname, key,
                    hint == null ? "" : ". Did you mean '" + hint + "'?");
        }
        if (given > npos && !code.hasVarargs) {
            throw tooManyPositional(given, slots);
        }
        if (positionalOnlyPassedByKeyword != null) {
            throw Errors.type("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    code.qualname, String.join(", ", positionalOnlyPassedByKeyword));
        }
        int firstDefault = npos - defaults.length;
        List<String> missing = null;
        for (int i = given; i < npos; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) {
                    slots[i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(missing, "positional");
        }
        int start = code.keywordOnlyStart();
        for (int i = start; i < start + code.keywordOnlyCount; i++) {
            if (slots[i] == null) {
                Object d = kwDefaults == null ? null : kwDefaults.get(names[i]);
                if (d != null) {
                    slots[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(missing, "keyword-only");
        }
    }

    private RuntimeException tooManyPositional(int given, Object[] slots) {
        int npos = code.positionalCount;
        String sig;
        boolean plural = npos != 1;
        if (defaults.length > 0) {
            sig = "from " + (npos - defaults.length) + " to " + npos;
            plural = true;
        } else {
            sig = Integer.toString(npos);
        }
        int kwonlyGiven = 0;
        int start = code.keywordOnlyStart();
        for (int i = start; i < start + code.keywordOnlyCount; i++) {
            if (slots[i] != null) {
                kwonlyGiven++;
            }
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = String.format(" positional argument%s (and %d keyword-only argument%s)",
                    given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return Errors.type("%s() takes %s positional argument%s but %d%s %s given", code.qualname, sig,
                plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    private RuntimeException missingArguments(List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                names.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            names.append('\'').append(missing.get(i)).append('\'');
        }
        return Errors.type("%s() missing %d required %s argument%s: %s", code.qualname, n, kind,
                n == 1 ? "" : "s", names);
    }

    @Override
    public Object findAttribute(String attr) {
        switch (attr) {
            case "__name__":
                return name;
            case "__qualname__":
                return qualname;
            case "__doc__":
                return doc;
            case "__module__":
                if (module != null) {
                    return module;
                }
                Object m = globals.get("__name__");
                return m == null ? PyNone.NONE : m;
            case "__defaults__":
                return defaults.length == 0 ? PyNone.NONE : PyTuple.of(defaults.clone());
            case "__annotations__":
                if (annotationsDict == null) {
                    annotationsDict = new PyDict();
                    if (annotations != null) {
                        annotations.forEach(annotationsDict::put);
                    }
                }
                return annotationsDict;
            default:
                return dict == null ? null : dict.get(attr);
        }
    }

    @Override
    public boolean storeAttribute(String attr, Object value) {
        switch (attr) {
            case "__name__":
                if (!(value instanceof String s)) {
                    throw Errors.type("__name__ must be set to a string object");
                }
                name = s;
                return true;
            case "__doc__":
                doc = value;
                return true;
            case "__qualname__":
                if (!(value instanceof String q)) {
                    throw Errors.type("__qualname__ must be set to a string object");
                }
                qualname = q;
                return true;
            case "__module__":
                module = value;
                return true;
            default:
                if (dict == null) {
                    dict = new HashMap<>();
                }
                dict.put(attr, value);
                return true;
        }
    }

    @Override
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(List.of("__name__", "__qualname__", "__doc__", "__module__", "__defaults__"));
        if (dict != null) {
            names.addAll(dict.keySet());
        }
        return names;
    }

    @Override
    public String pyRepr() {
        return "<function " + qualname + " at " + Reprs.address(this) + ">";
    }

    @Override
    public PyType type() {
        return PyType.FUNCTION;
    }
}
