package dev.tint.eval.objects;

import dev.tint.eval.runtime.Attributes;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyAttributes;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyReprable;
import dev.tint.eval.runtime.PyType;

/** {@code super()}: attribute lookup that starts after {@code thisClass} in the instance's MRO. */
public final class PySuper implements PyObject, PyAttributes, PyReprable {
    static final PyType TYPE = new PyType("super", PyType.OBJECT);

    private final PyType thisClass;
    private final Object self;

    public PySuper(PyType thisClass, Object self) {
        this.thisClass = thisClass;
        this.self = self;
    }

    @Override
    public Object findAttribute(String name) {
        PyType start = thisClass.base();
        PyType owner = self instanceof PyType t ? t : Ops.typeOf(self);
        for (PyType t = start; t != null; t = t.base()) {
            Object v = t.dict().get(name);
            if (v != null) {
                return Methods.bind(v, self instanceof PyType ? null : self, owner);
            }
        }
        if (start != PyType.OBJECT && start != null) {
            Object v = PyType.OBJECT.dict().get(name);
            if (v != null) {
                return Methods.bind(v, self, owner);
            }
        }
        throw Attributes.missing(this, name);
    }

    @Override
    public String pyRepr() {
        return "<super: <class '" + thisClass.name() + "'>, <" + Ops.typeName(self) + " object>>";
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
