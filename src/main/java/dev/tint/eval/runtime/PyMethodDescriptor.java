package dev.tint.eval.runtime;

/**
 * A built-in type's method as found in the type ({@code str.upper}); looked up on an instance
 * it binds to a {@link PyBoundMethod}.
 */
public final class PyMethodDescriptor implements PyObject, PyCallable {
    private final PyType owner;
    private final String name;
    private final BuiltinMethod body;

    public PyMethodDescriptor(PyType owner, String name, BuiltinMethod body) {
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    public PyType owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public BuiltinMethod body() {
        return body;
    }

    /** Calling through the type: the first argument is the receiver. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        int kw = kwnames == null ? 0 : kwnames.length;
        if (args.length - kw < 1) {
            throw Errors.type("unbound method %s.%s() needs an argument", owner.name(), name);
        }
        Object self = args[0];
        if (!Ops.isInstance(self, owner)) {
            throw Errors.type("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), Ops.typeName(self));
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return body.call(self, rest, kwnames);
    }

    @Override
    public PyType type() {
        return PyType.METHOD_DESCRIPTOR;
    }
}
