package dev.tint.eval.objects;

import dev.tint.eval.runtime.Args;
import dev.tint.eval.runtime.Errors;
import dev.tint.eval.runtime.Ops;
import dev.tint.eval.runtime.PyDescriptor;
import dev.tint.eval.runtime.PyNone;
import dev.tint.eval.runtime.PyObject;
import dev.tint.eval.runtime.PyType;

/** {@code @property} with optional {@code .setter} and {@code .deleter}. */
public final class PyProperty implements PyObject, PyDescriptor {
    static final PyType TYPE = new PyType("property", PyType.OBJECT);

    static {
        TYPE.defineMethod("setter", (self, args, kw) -> {
            Args.exactly("setter", args, kw, 1);
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.getter, args[0], p.deleter, p.name);
        });
        TYPE.defineMethod("deleter", (self, args, kw) -> {
            Args.exactly("deleter", args, kw, 1);
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.getter, p.setter, args[0], p.name);
        });
        TYPE.defineMethod("getter", (self, args, kw) -> {
            Args.exactly("getter", args, kw, 1);
            PyProperty p = (PyProperty) self;
            return new PyProperty(args[0], p.setter, p.deleter, p.name);
        });
    }

    private final Object getter;
    private final Object setter;
    private final Object deleter;
    private final String name;

    public PyProperty(Object getter, Object setter, Object deleter, String name) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.name = name;
    }

    static PyProperty of(Object getter) {
        Object n = getter == PyNone.NONE ? null : Ops.findAttr(getter, "__name__");
        return new PyProperty(getter, PyNone.NONE, PyNone.NONE, n instanceof String s ? s : null);
    }

    public Object getter() {
        return getter;
    }

    public Object setter() {
        return setter;
    }

    @Override
    public Object get(Object instance, PyType owner) {
        if (instance == null) {
            return this;
        }
        if (getter == PyNone.NONE) {
            throw Errors.attribute("property %sof '%s' object has no getter", label(), Ops.typeName(instance));
        }
        return Ops.call(getter, instance);
    }

    void set(Object instance, Object value) {
        if (setter == PyNone.NONE) {
            throw Errors.attribute("property %sof '%s' object has no setter", label(), Ops.typeName(instance));
        }
        Ops.call(setter, instance, value);
    }

    void delete(Object instance) {
        if (deleter == PyNone.NONE) {
            throw Errors.attribute("property %sof '%s' object has no deleter", label(), Ops.typeName(instance));
        }
        Ops.call(deleter, instance);
    }

    private String label() {
        return name == null ? "" : "'" + name + "' ";
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
