package dev.tint.eval.runtime;

/** A built-in function such as {@code len}: a name and a Java body. */
public final class PyBuiltin implements PyObject, PyCallable {
    private final String name;
    private final BuiltinFunction body;
    private final String doc;

    public PyBuiltin(String name, String doc, BuiltinFunction body) {
        this.name = name;
        this.body = body;
        this.doc = doc;
    }

    public String name() {
        return name;
    }

    public String doc() {
        return doc;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public PyType type() {
        return PyType.BUILTIN_FUNCTION;
    }
}
