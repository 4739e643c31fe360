package dev.tint.eval.objects;

import dev.tint.eval.runtime.PyDescriptor;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyType;

/** {@code @staticmethod}: the function, unbound, through the class or an instance. */
public final class PyStaticMethod implements PyObject, PyDescriptor {
    static final PyType TYPE = new PyType("staticmethod", PyType.OBJECT);

    private final Object function;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    public Object function() {
        return function;
    }

    @Override
    public Object get(Object instance, PyType owner) {
        return function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
