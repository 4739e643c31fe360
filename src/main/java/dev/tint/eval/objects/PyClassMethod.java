package dev.tint.eval.objects;

import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyBoundMethod;
import dev.tint.eval.runtime.PyDescriptor;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyType;

/** {@code @classmethod}: the function bound to the class (of the instance, when accessed through one). */
public final class PyClassMethod implements PyObject, PyDescriptor {
    static final PyType TYPE = new PyType("classmethod", PyType.OBJECT);

    private final Object function;

    public PyClassMethod(Object function) {
        this.function = function;
    }

    public Object function() {
        return function;
    }

    @Override
    public Object get(Object instance, PyType owner) {
        PyType cls = instance == null ? owner : Ops.typeOf(instance);
        return new PyBoundMethod(cls, function);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
