package dev.tint.eval.runtime;

/** A callable bound to its receiver: {@code "abc".upper} or a user method {@code obj.m}. */
public final class PyBoundMethod implements PyObject, PyCallable, PyAttributes, PyEquatable, PyHashable {
    private final Object self;
    private final Object function;

    public PyBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object self() {
        return self;
    }

    public Object function() {
        return function;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (function instanceof PyMethodDescriptor d) {
            return d.invoke(self, args, kwnames);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(function, all, kwnames);
    }

    @Override
    public Object findAttribute(String name) {
        switch (name) {
            case "__self__":
                return self;
            case "__func__":
                return function instanceof PyMethodDescriptor ? null : function;
            case "__name__":
            case "__qualname__":
            case "__doc__":
            case "__module__":
                return function instanceof PyMethodDescriptor d
                        ? (name.equals("__name__") ? d.name() : null) : Ops.findAttr(function, name);
            default:
                return function instanceof PyMethodDescriptor ? null : Ops.findAttr(function, name);
        }
    }

    /** Bound methods are equal when they bind the same function to the same object. */
    @Override
    public Object pyEq(Object other) {
        return other instanceof PyBoundMethod m && m.self == self && m.function == function;
    }

    @Override
    public long pyHash() {
        return System.identityHashCode(self) * 31L + System.identityHashCode(function);
    }

    @Override
    public PyType type() {
        if (function instanceof PyMethodDescriptor d) {
            // CPython binds slot methods such as __init__ as method-wrappers.
            return d.name().startsWith("__") && d.name().endsWith("__") ? PyType.METHOD_WRAPPER : PyType.BUILTIN_FUNCTION;
        }
        return PyType.METHOD;
    }
}
