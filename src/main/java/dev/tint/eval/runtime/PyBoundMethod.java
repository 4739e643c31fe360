package dev.tint.eval.runtime;

/** A callable bound to its receiver: {@code "abc".upper} or a user method {@code obj.m}. */
public final class PyBoundMethod implements PyObject, PyCallable {
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
            return d.body().call(self, args, kwnames);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(function, all, kwnames);
    }

    @Override
    public PyType type() {
        return function instanceof PyMethodDescriptor ? PyType.BUILTIN_FUNCTION : PyType.METHOD;
    }
}
