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
        return invoke(self, rest, kwnames);
    }

    /**
     * Runs the body on a receiver: a list or dict subclass instance hands over its items, except to
     * {@code __getitem__}, which needs the instance for {@code __missing__}.
     */
    public Object invoke(Object self, Object[] args, String[] kwnames) {
        if (self instanceof PyBacked b && owner != PyType.OBJECT && !"__getitem__".equals(name)) {
            self = b.backing();
        }
        return body.call(self, args, kwnames);
    }

    @Override
    public PyType type() {
        return PyType.METHOD_DESCRIPTOR;
    }
}
